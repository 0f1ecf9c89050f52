package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.ProjectLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private final Coverage coverage = new Coverage(Set.of("edge"), 3);

    private static TestCase test(String id, String label, Split split, String... tags) {
        return new TestCase(id, Map.of(), label, List.of(), List.of(tags), split, null);
    }

    @Test
    void casesAreCountedPerLabelTagAndSplitAndThinLabelsAreGaps() {
        CoverageReport report = coverage.of(List.of(
                test("1", "billing", Split.DEV, "edge"), test("2", "billing", Split.DEV), test("3", "billing", Split.HELDOUT),
                test("4", "refund", Split.DEV, "vip"), test("5", "refund", Split.DEV)));

        assertThat(report.labelled()).isTrue();
        assertThat(report.perLabel()).containsExactly(Map.entry("billing", 3), Map.entry("refund", 2));
        assertThat(report.perTag()).containsExactly(Map.entry("edge", 1), Map.entry("vip", 1));
        assertThat(report.perSplit()).containsExactly(Map.entry(Split.DEV, 4), Map.entry(Split.HELDOUT, 1));
        assertThat(report.gaps()).extracting(CoverageGap::message).containsExactly(
                "label 'refund' has 2 cases; at least 3 are wanted",
                "label 'refund' has no case tagged 'edge'",
                "label 'refund' has no held-out case");
    }

    @Test
    void freeTextExpectedOutputsAreNotLabels() {
        CoverageReport report = new Coverage(Coverage.DEFAULT_EDGE_TAGS, 3).of(
                new ProjectLoader().load(Path.of("sample-projects", "context-qa")).project().tests());

        assertThat(report.labelled()).isFalse();
        assertThat(report.perLabel()).isEmpty();
        assertThat(report.gaps()).isEmpty();
        assertThat(report.perTag()).containsKey("answerable");
    }

    @Test
    void aClassificationSampleHasItsLabelsCountedAndItsEdgeCaseTagRecognized() {
        CoverageReport report = new Coverage(Coverage.DEFAULT_EDGE_TAGS, 3).of(
                new ProjectLoader().load(Path.of("sample-projects", "support-triage")).project().tests());

        assertThat(report.labelled()).isTrue();
        assertThat(report.perLabel()).containsKey("billing");
        assertThat(report.perLabel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.cases());
        assertThat(report.gaps()).extracting(CoverageGap::message)
                .containsExactly("label 'other' has no held-out case", "label 'refund' has no held-out case");
    }
}
