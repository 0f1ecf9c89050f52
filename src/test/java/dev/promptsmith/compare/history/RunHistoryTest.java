package dev.promptsmith.compare.history;

import static dev.promptsmith.compare.history.HistoryFixtures.cell;
import static dev.promptsmith.compare.history.HistoryFixtures.error;
import static dev.promptsmith.compare.history.HistoryFixtures.prompt;
import static dev.promptsmith.compare.history.HistoryFixtures.startRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptsmith.eval.metrics.Breakdown;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {

    @TempDir
    Path project;

    private ResultsStore store;
    private final PromptVariant zeroShot = prompt("zero-shot", "Sort the ticket.");
    private final PromptVariant fewShot = prompt("few-shot", "Sort the ticket like the examples.");
    private final List<TestCase> tests = List.of(
            new TestCase("t1", Map.of(), "billing", List.of(), List.of("money"), Split.DEV, null),
            new TestCase("t2", Map.of(), "bug", List.of(), List.of("crash"), Split.DEV, null));

    @BeforeEach
    void open() {
        store = ResultsStore.open(project);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void runsAreListedNewestFirstWithAColumnSummaryEach() {
        long first = startRun(store, List.of(zeroShot), List.of("gpt"), List.of("t1"), 1);
        store.recordCell(first, cell(zeroShot, "t1", "gpt", 0, true, 1));
        store.finishRun(first, RunStatus.FINISHED);
        long second = startRun(store, List.of(zeroShot, fewShot), List.of("gpt", "claude"), List.of("t1", "t2"), 1);
        store.recordCell(second, cell(fewShot, "t1", "claude", 0, true, 1));
        store.recordCell(second, cell(zeroShot, "t1", "gpt", 0, true, 1));
        store.recordCell(second, cell(zeroShot, "t2", "gpt", 0, false, 0.4));

        List<PastRun> runs = new RunHistory(store).list(tests);

        assertThat(runs).extracting(r -> r.run().id()).containsExactly(second, first);
        PastRun latest = runs.get(0);
        assertThat(latest.prompts()).containsExactly("zero-shot", "few-shot");
        assertThat(latest.models()).containsExactly("gpt", "claude");
        assertThat(latest.tests()).isEqualTo(2);
        assertThat(latest.repeats()).isEqualTo(1);
        assertThat(latest.problem()).isNull();
        // Plan order, not recording order; a column with no cell has no summary.
        assertThat(latest.columns()).extracting(ColumnSummary::columnId).containsExactly("zero-shot × gpt", "few-shot × claude");
        assertThat(runs.get(1).columns()).extracting(ColumnSummary::columnId).containsExactly("gpt");
    }

    @Test
    void aColumnSummaryHasThePassRateWithItsWilsonIntervalScoreCostLatencyAndTokens() {
        long run = startRun(store, List.of(zeroShot), List.of("gpt"), List.of("t1", "t2"), 2);
        store.recordCell(run, cell(zeroShot, "t1", "gpt", 0, true, 1));
        store.recordCell(run, cell(zeroShot, "t1", "gpt", 1, true, 1));
        store.recordCell(run, cell(zeroShot, "t2", "gpt", 0, false, 0.5));
        store.recordCell(run, error(zeroShot, "t2", "gpt", 1));

        ColumnSummary gpt = new RunHistory(store).load(run, tests).orElseThrow().columns().get(0);

        // 1 of 2 cases: Wilson 95% = 0.5 ± 0.40547 (z = 1.95996).
        assertThat(gpt.cases()).isEqualTo(2);
        assertThat(gpt.passedCases()).isEqualTo(1);
        assertThat(gpt.passRate().value()).isEqualTo(0.5);
        assertThat(gpt.passRate().lower()).isCloseTo(0.09453, within(1e-4));
        assertThat(gpt.passRate().upper()).isCloseTo(0.90547, within(1e-4));
        // Case means 1 and (0.5 + 0) / 2 = 0.25.
        assertThat(gpt.meanScore().value()).isEqualTo(0.625);
        assertThat(gpt.errors()).isEqualTo(1);
        // Latency over the three answered calls, all 500 ms; tokens over all four calls.
        assertThat(gpt.latency().samples()).isEqualTo(3);
        assertThat(gpt.latency().p50Ms()).isEqualTo(500);
        assertThat(gpt.latency().p95Ms()).isEqualTo(500);
        assertThat(gpt.tokens().inputTotal()).isEqualTo(300);
        assertThat(gpt.tokens().outputTotal()).isEqualTo(30);
        // The failed call has no price: the column's cost is unknown, never a partial sum.
        assertThat(gpt.cost().display()).isEqualTo("unknown");
        assertThat(gpt.byTag()).extracting(Breakdown::key).containsExactly("crash", "money");
    }

    @Test
    void pricedCallsAddUpToTheColumnCost() {
        long run = startRun(store, List.of(zeroShot), List.of("gpt"), List.of("t1", "t2"), 1);
        store.recordCell(run, cell(zeroShot, "t1", "gpt", 0, true, 1));
        store.recordCell(run, cell(zeroShot, "t2", "gpt", 0, true, 1));

        ColumnSummary gpt = new RunHistory(store).load(run, tests).orElseThrow().columns().get(0);

        assertThat(gpt.cost().usd()).isEqualByComparingTo("0.002");
        assertThat(gpt.passRate().value()).isEqualTo(1.0);
    }

    @Test
    void anUnknownRunIsEmpty() {
        assertThat(new RunHistory(store).load(5, tests)).isEmpty();
    }
}
