package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.prompt;
import static dev.promptsmith.compare.grid.GridFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.eval.CellKey;
import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.eval.assertion.AssertionResult;
import dev.promptsmith.eval.assertion.TestScore;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridBuilderTest {

    @TempDir
    Path project;

    private final PromptVariant zeroShot = prompt("zero-shot", "Triage.");
    private final PromptVariant fewShot = prompt("few-shot", "Triage, like the examples.");
    private final TestCase t1 = test("t1", Map.of("ticket", "charged twice"), "billing", Split.DEV);
    private final TestCase t2 = test("t2", Map.of("ticket", "crash"), "bug", Split.DEV);

    @Test
    void aStoredRunGivesARowPerPlannedTestAndAColumnPerPromptAndModel() {
        try (ResultsStore store = ResultsStore.open(project)) {
            long run = store.startRun(new RunSpec(List.of(zeroShot, fewShot), List.of("gpt", "claude"),
                    List.of("t2", "t1", "gone"), 2, Map.of()));
            store.recordCell(run, stored(zeroShot, "t1", "gpt", 0, "billing", true, 1.0));
            store.recordCell(run, stored(zeroShot, "t1", "gpt", 1, "Billing.", false, 0.5));
            store.recordCell(run, stored(fewShot, "t1", "claude", 0, "billing", true, 1.0));
            store.recordCell(run, stored(fewShot, "gone", "gpt", 0, "x", false, 0.0));

            ComparisonGrid grid = GridBuilder.ofRun(store, run, List.of(t1, t2));

            assertThat(grid.columns()).containsExactly("zero-shot × gpt", "zero-shot × claude", "few-shot × gpt", "few-shot × claude");
            assertThat(grid.rows()).extracting(ComparisonRow::testId).containsExactly("t2", "t1", "gone");
            ComparisonRow second = grid.rows().get(1);
            assertThat(second.test()).isEqualTo(t1);
            assertThat(second.cells().keySet()).containsExactly("zero-shot × gpt", "few-shot × claude");
            ComparisonCell cell = second.cell("zero-shot × gpt").orElseThrow();
            assertThat(cell.prompt()).isEqualTo("zero-shot");
            assertThat(cell.modelId()).isEqualTo("gpt");
            assertThat(cell.repeats()).extracting(CellRun::output).containsExactly("billing", "Billing.");
            assertThat(cell.meanScore()).isEqualTo(0.75);
            assertThat(cell.shown().costUsd()).isEqualByComparingTo("0.002");
            assertThat(cell.shown().assertions()).extracting(AssertionOutcome::type).containsExactly("equals");
            assertThat(grid.rows().get(0).cells()).isEmpty();
            assertThat(grid.rows().get(2).test()).isNull();
        }
    }

    @Test
    void aRunWithOnePromptNamesItsColumnsByModelAsTheRunDid() {
        try (ResultsStore store = ResultsStore.open(project)) {
            long run = store.startRun(new RunSpec(List.of(zeroShot), List.of("gpt"), List.of("t1"), 1, Map.of()));
            store.recordCell(run, stored(zeroShot, "t1", "gpt", 0, "billing", true, 1.0));

            ComparisonGrid grid = GridBuilder.ofRun(store, run, List.of(t1));

            assertThat(grid.columns()).containsExactly("gpt");
            assertThat(grid.rows().get(0).cell("gpt")).isPresent();
        }
    }

    @Test
    void anUnknownRunIsAProgrammingError() {
        try (ResultsStore store = ResultsStore.open(project)) {
            assertThatThrownBy(() -> GridBuilder.ofRun(store, 42, List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no run 42");
        }
    }

    @Test
    void liveResultsFillTheirColumnsAndFailedCallsCarryTheirError() {
        ModelRef gpt = new ModelRef("gpt", "openai", "gpt-4o-mini", null);
        RunPlan plan = new RunPlan(zeroShot, List.of(gpt), List.of(t1, t2), 2);
        CellResult ok = new CellResult(new CellKey("t1", "zero-shot", "gpt", 0, "gpt"),
                new ChatResponse("billing", new Usage(30, 2, 0, 0, 0, false), "stop", Duration.ofMillis(420), null, null),
                List.of(), true, new TestScore(true, 1.0, List.of(AssertionResult.pass("equals", "matches"))));
        CellResult failed = new CellResult(new CellKey("t2", "zero-shot", "gpt", 0, "gpt"),
                ChatResponse.failed(new ProviderError(ProviderError.Kind.RATE_LIMIT, 429, "Too many requests", true), "", Duration.ofMillis(50)),
                List.of());

        ComparisonGrid grid = GridBuilder.ofResults(plan, List.of(failed, ok));

        assertThat(grid.columns()).containsExactly("gpt");
        CellRun first = grid.rows().get(0).cell("gpt").orElseThrow().shown();
        assertThat(first).isEqualTo(new CellRun(0, "billing", true, 1.0, null, true, 420L, 30, 2, null,
                List.of(new AssertionOutcome("equals", true, 1.0, "matches"))));
        CellRun second = grid.rows().get(1).cell("gpt").orElseThrow().shown();
        assertThat(second.errored()).isTrue();
        assertThat(second.error()).isEqualTo("Too many requests");
        assertThat(second.pass()).isFalse();
    }

    private static StoredCell stored(PromptVariant prompt, String test, String model, int repeat, String output,
                                     boolean pass, double score) {
        return new StoredCell(new StoredCellKey(test, PromptVersions.hash(prompt), model, repeat), output, null, null,
                300L, null, new Usage(40, 3, 0, 0, 0, false), new BigDecimal("0.002"), false, pass, score,
                List.of(new AssertionOutcome("equals", pass, score, pass ? "matches" : "differs")), null);
    }
}
