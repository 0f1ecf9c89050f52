package dev.promptsmith.compare.history;

import static dev.promptsmith.compare.history.HistoryFixtures.cell;
import static dev.promptsmith.compare.history.HistoryFixtures.error;
import static dev.promptsmith.compare.history.HistoryFixtures.prompt;
import static dev.promptsmith.compare.history.HistoryFixtures.startRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.promptsmith.eval.metrics.CaseOutcome;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.store.ResultsStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {

    @TempDir
    Path project;

    private ResultsStore store;
    // The prompt was edited between the runs: a new version (hash) under the same name.
    private final PromptVariant before = prompt("triage", "Sort the ticket.");
    private final PromptVariant after = prompt("triage", "Sort the ticket into exactly one queue.");

    @BeforeEach
    void open() {
        store = ResultsStore.open(project);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void casesAreMatchedByPromptNameAndSortedRegressionsFirst() {
        long a = startRun(store, List.of(before), List.of("gpt"), List.of("t1", "t2", "t3", "t4", "t5", "t6"), 1);
        store.recordCell(a, cell(before, "t1", "gpt", 0, true, 1.0));
        store.recordCell(a, cell(before, "t2", "gpt", 0, true, 1.0));
        store.recordCell(a, cell(before, "t3", "gpt", 0, false, 0.0));
        store.recordCell(a, cell(before, "t4", "gpt", 0, false, 0.2));
        store.recordCell(a, cell(before, "t5", "gpt", 0, true, 1.0));
        store.recordCell(a, cell(before, "t6", "gpt", 0, true, 1.0));
        long b = startRun(store, List.of(after), List.of("gpt"), List.of("t1", "t2", "t3", "t4", "t5", "t7"), 3);
        // t1: 1 pass of 3 is a fail by majority, mean (1 + 0 + 0) / 3.
        store.recordCell(b, cell(after, "t1", "gpt", 0, true, 1.0));
        store.recordCell(b, cell(after, "t1", "gpt", 1, false, 0.0));
        store.recordCell(b, error(after, "t1", "gpt", 2));
        store.recordCell(b, cell(after, "t2", "gpt", 0, true, 0.8));
        store.recordCell(b, cell(after, "t3", "gpt", 0, true, 1.0));
        store.recordCell(b, cell(after, "t4", "gpt", 0, false, 0.5));
        store.recordCell(b, cell(after, "t5", "gpt", 0, true, 1.0));
        store.recordCell(b, cell(after, "t7", "gpt", 0, true, 1.0));

        RunComparisonReport report = RunComparison.compare(store, a, b);

        assertThat(report.cases()).extracting(CaseComparison::testId, CaseComparison::change).containsExactly(
                tuple("t1", CaseChange.REGRESSION),
                tuple("t2", CaseChange.REGRESSION),
                tuple("t3", CaseChange.IMPROVEMENT),
                tuple("t4", CaseChange.IMPROVEMENT),
                tuple("t5", CaseChange.UNCHANGED),
                tuple("t6", CaseChange.ONLY_IN_A),
                tuple("t7", CaseChange.ONLY_IN_B));
        CaseComparison t1 = report.regressions().get(0);
        assertThat(t1.prompt()).isEqualTo("triage");
        assertThat(t1.modelId()).isEqualTo("gpt");
        assertThat(t1.a()).isEqualTo(new CaseOutcome("t1", 1, 1, 1.0));
        assertThat(t1.b().repeats()).isEqualTo(3);
        assertThat(t1.b().passedRepeats()).isEqualTo(1);
        assertThat(t1.b().meanScore()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(report.regressions().get(1).scoreChange()).isCloseTo(-0.2, offset(1e-12));
        assertThat(report.onlyInA().get(0).b()).isNull();
        assertThat(report.onlyInB().get(0).scoreChange()).isNaN();
        assertThat(report.counts()).isEqualTo(
                "2 regressions, 2 improvements, 1 unchanged; 1 case only in run " + a + ", 1 case only in run " + b + ".");
        // Shared cases t1..t5: B wins t3, loses t1; exact McNemar with b = c = 1 gives p = 1.
        assertThat(report.paired().sharedCases()).isEqualTo(5);
        assertThat(report.verdict()).isEqualTo("run " + b + " beats run " + a
                + " on 1 case and loses 1; p = 1.0 (McNemar exact): no significant difference.");
    }

    @Test
    void twelveWinsAgainstThreeLossesIsSignificantByTheExactTest() {
        List<String> tests = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            tests.add("t" + i);
        }
        long a = startRun(store, List.of(before), List.of("gpt"), tests, 1);
        long b = startRun(store, List.of(after), List.of("gpt"), tests, 1);
        for (int i = 1; i <= 17; i++) {
            // t1..t12: B wins; t13..t15: B loses; t16, t17: both pass.
            boolean passA = i > 12;
            boolean passB = i <= 12 || i > 15;
            store.recordCell(a, cell(before, "t" + i, "gpt", 0, passA, passA ? 1 : 0));
            store.recordCell(b, cell(after, "t" + i, "gpt", 0, passB, passB ? 1 : 0));
        }

        RunComparisonReport report = RunComparison.compare(store, a, b);

        // n = 15 discordant, k = 3: p = 2 · (1 + 15 + 105 + 455) / 2^15 = 1152 / 32768 = 0.0352.
        assertThat(report.paired().mcNemar().pValue()).isCloseTo(1152.0 / 32768, offset(1e-12));
        assertThat(report.verdict()).isEqualTo("run " + b + " beats run " + a
                + " on 12 cases and loses 3; p = 0.035 (McNemar exact): run " + b + " is better.");
        assertThat(report.regressions()).extracting(CaseComparison::testId).containsExactly("t13", "t14", "t15");
        assertThat(report.improvements()).hasSize(12);
        assertThat(report.unchanged()).extracting(CaseComparison::testId).containsExactly("t16", "t17");
        // Score differences: +1 twelve times, −1 three times, 0 twice: (12 − 3) / 17 = +0.529.
        assertThat(report.scoreVerdict()).startsWith("Mean score run " + b + " − run " + a + " = +0.529");
    }

    @Test
    void differentPromptNamesAndModelsAreDifferentCases() {
        PromptVariant other = prompt("triage-cot", "Think, then sort.");
        long a = startRun(store, List.of(before), List.of("gpt"), List.of("t1"), 1);
        store.recordCell(a, cell(before, "t1", "gpt", 0, true, 1));
        long b = startRun(store, List.of(other), List.of("gpt", "claude"), List.of("t1"), 1);
        store.recordCell(b, cell(other, "t1", "gpt", 0, true, 1));
        store.recordCell(b, cell(other, "t1", "claude", 0, true, 1));

        RunComparisonReport report = RunComparison.compare(store, a, b);

        assertThat(report.onlyInA()).extracting(CaseComparison::prompt).containsExactly("triage");
        assertThat(report.onlyInB()).extracting(CaseComparison::prompt, CaseComparison::modelId).containsExactly(
                tuple("triage-cot", "claude"), tuple("triage-cot", "gpt"));
        assertThat(report.verdict()).isEqualTo("No test cases in common between run " + a + " and run " + b + ".");
    }

    @Test
    void aRunTheStoreLacksIsRefused() {
        long a = startRun(store, List.of(before), List.of("gpt"), List.of("t1"), 1);

        assertThatThrownBy(() -> RunComparison.compare(store, a, 99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no run 99");
    }
}
