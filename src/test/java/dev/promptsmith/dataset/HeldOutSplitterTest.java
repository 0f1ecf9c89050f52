package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldOutSplitterTest {

    private final HeldOutSplitter splitter = new HeldOutSplitter();

    private static List<TestCase> suite() {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tests.add(test("b-" + i, "billing", i < 2 ? List.of("edge") : List.of()));
        }
        for (int i = 0; i < 5; i++) {
            tests.add(test("s-" + i, "shipping", List.of()));
        }
        tests.add(test("r-0", "refund", List.of()));
        tests.add(test("r-1", "refund", List.of()));
        tests.add(test("o-0", "other", List.of()));
        return tests;
    }

    private static TestCase test(String id, String label, List<String> tags) {
        return new TestCase(id, Map.of("ticket", id), label, List.of(), tags, Split.DEV, null);
    }

    private static List<String> heldOutIds(SplitResult result) {
        return result.tests().stream().filter(t -> t.split() == Split.HELDOUT).map(TestCase::id).toList();
    }

    @Test
    void eachLabelKeepsItsShareAndAGroupOfTwoOrMoreKeepsOneCaseInDev() {
        SplitResult result = splitter.split(suite(), 0.2, 42, Stratification.byLabel());

        assertThat(result.strata()).containsExactly(
                new StratumSummary("billing", 10, 2),
                new StratumSummary("other", 1, 0),
                new StratumSummary("refund", 2, 0),
                new StratumSummary("shipping", 5, 1));
        assertThat(result.heldOut()).isEqualTo(3);
        assertThat(result.changed()).isEqualTo(3);
    }

    @Test
    void aLargeFractionStillLeavesOneCaseInDevPerGroupOfTwoOrMore() {
        SplitResult result = splitter.split(suite(), 0.9, 1, Stratification.byLabel());

        assertThat(result.strata()).filteredOn(s -> s.size() >= 2).extracting(StratumSummary::dev).containsOnly(1);
        assertThat(result.strata()).filteredOn(s -> s.stratum().equals("other")).singleElement()
                .extracting(StratumSummary::heldOut).isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameSplitWhateverTheFileOrderAndAnotherSeedAnother() {
        List<TestCase> shuffled = new ArrayList<>(suite());
        Collections.reverse(shuffled);

        List<String> first = heldOutIds(splitter.split(suite(), 0.4, 7, Stratification.byLabel()));
        List<String> again = heldOutIds(splitter.split(shuffled, 0.4, 7, Stratification.byLabel()));

        assertThat(again).containsExactlyInAnyOrderElementsOf(first);
        List<List<String>> others = new ArrayList<>();
        for (long seed = 8; seed < 13; seed++) {
            others.add(heldOutIds(splitter.split(suite(), 0.4, seed, Stratification.byLabel())));
        }
        assertThat(others).anySatisfy(o -> assertThat(o).doesNotContainSequence(first));
    }

    @Test
    void onlyTheSplitChangesAndTheOrderIsKept() {
        List<TestCase> suite = suite();
        SplitResult result = splitter.split(suite, 0.2, 42, Stratification.byLabel());

        for (int i = 0; i < suite.size(); i++) {
            TestCase before = suite.get(i);
            TestCase after = result.tests().get(i);
            assertThat(new TestCase(after.id(), after.vars(), after.expected(), after.asserts(), after.tags(),
                    before.split(), after.note())).isEqualTo(before);
        }
    }

    @Test
    void splittingByATagKeepsEdgeCasesOnBothSides() {
        SplitResult result = splitter.split(suite(), 0.5, 3, Stratification.byTag("edge"));

        assertThat(result.strata()).containsExactly(
                new StratumSummary("(without edge)", 16, 8),
                new StratumSummary("edge", 2, 1));
    }

    @Test
    void casesWithoutATextLabelFormOneGroup() {
        List<TestCase> tests = List.of(
                new TestCase("a", Map.of(), Map.of("total", 1), List.of(), List.of(), Split.DEV, null),
                new TestCase("b", Map.of(), null, List.of(), List.of(), Split.DEV, null));

        assertThat(splitter.split(tests, 0.5, 1, Stratification.byLabel()).strata())
                .containsExactly(new StratumSummary("(no label)", 2, 1));
    }

    @Test
    void aFractionOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> splitter.split(suite(), 1.0, 1, Stratification.byLabel()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("less than 1");
        assertThatThrownBy(() -> splitter.split(suite(), 0, 1, Stratification.byLabel()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStratificationIsReadAsTheCommandLineWritesIt() {
        assertThat(Stratification.parse("label")).hasValue(Stratification.byLabel());
        assertThat(Stratification.parse("tag:edge")).hasValue(Stratification.byTag("edge"));
        assertThat(Stratification.parse("tag:")).isEmpty();
        assertThat(Stratification.parse("labels")).isEmpty();
    }
}
