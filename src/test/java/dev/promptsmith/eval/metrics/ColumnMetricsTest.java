package dev.promptsmith.eval.metrics;

import static dev.promptsmith.eval.metrics.CellBuilder.cell;
import static dev.promptsmith.eval.metrics.CellBuilder.failing;
import static dev.promptsmith.eval.metrics.CellBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMetricsTest {

    private static final String COL = "triage-cot × gpt-4o-mini";

    @Test
    void aCasePassesWhenTheMajorityOfItsRepeatsPass() {
        List<ScoredCell> cells = List.of(
                passing(COL, "t1"), passing(COL, "t1"), failing(COL, "t1"), // 2 of 3 → pass
                passing(COL, "t2"), failing(COL, "t2"), failing(COL, "t2"), // 1 of 3 → fail
                passing(COL, "t3"), failing(COL, "t3"),                     // 1 of 2 is no majority → fail
                passing(COL, "t4"));                                        // 1 of 1 → pass

        ColumnSummary s = ColumnMetrics.summarizeColumn(COL, cells);

        // 4 distinct test ids, 2 passed → 0.5, Wilson 2/4 = 0.5 ± 0.349961 (see IntervalsTest)
        assertThat(s.cases()).isEqualTo(4);
        assertThat(s.passedCases()).isEqualTo(2);
        assertThat(s.passRate().value()).isEqualTo(0.5);
        assertThat(s.passRate().lower()).isCloseTo(0.150039, within(1e-5));
        assertThat(s.passRate().upper()).isCloseTo(0.849961, within(1e-5));
    }

    @Test
    void meanScoreAveragesCasesNotCells() {
        List<ScoredCell> cells = List.of(
                cell(COL, "t1").score(0.2).build(), cell(COL, "t1").repeat(1).score(0.4).build(),
                cell(COL, "t2").score(0.8).build());

        // case means 0.3 and 0.8 → (0.3 + 0.8)/2 = 0.55; over cells it would be 1.4/3 = 0.467
        // two cases: t(0.975, 1) = 12.7 makes the interval wider than [0, 1], so it is clipped
        assertThat(ColumnMetrics.summarizeColumn(COL, cells).meanScore()).isEqualTo(new Estimate(0.55, 0, 1));
    }

    @Test
    void errorsCountAsFailsWithScoreZeroAndAreCountedApart() {
        List<ScoredCell> cells = List.of(
                cell(COL, "t1").error().score(0.9).build(), // flagged pass, but an error: fail, score 0
                cell(COL, "t2").error().fail().build(),
                cell(COL, "t3").score(0.6).build());

        ColumnSummary s = ColumnMetrics.summarizeColumn(COL, cells);

        assertThat(s.errors()).isEqualTo(2);
        assertThat(s.passedCases()).isEqualTo(1);
        // (0 + 0 + 0.6) / 3 = 0.2
        assertThat(s.meanScore().value()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void latencyPercentilesUseNearestRankOverAnsweredCalls() {
        List<ScoredCell> cells = List.of(
                cell(COL, "t1").latency(300).build(), cell(COL, "t2").latency(100).build(),
                cell(COL, "t3").latency(400).build(), cell(COL, "t4").latency(200).build(),
                cell(COL, "t5").latency(30_000).error().build()); // a timeout: left out

        LatencyStats latency = ColumnMetrics.summarizeColumn(COL, cells).latency();

        // sorted 100 200 300 400: p50 rank ⌈0.5·4⌉ = 2 → 200; p95 rank ⌈0.95·4⌉ = ⌈3.8⌉ = 4 → 400
        assertThat(latency).isEqualTo(new LatencyStats(4, 200, 400));
    }

    @Test
    void latencyIsUnknownWhenEveryCallErred() {
        List<ScoredCell> cells = List.of(cell(COL, "t1").error().build());
        assertThat(ColumnMetrics.summarizeColumn(COL, cells).latency().known()).isFalse();
    }

    @Test
    void tokensAreTotalledOverEveryCellAndAveragedPerCell() {
        List<ScoredCell> cells = List.of(
                cell(COL, "t1").tokens(10, 1).build(), cell(COL, "t1").repeat(1).tokens(20, 2).build(),
                cell(COL, "t2").tokens(30, 3).error().build());

        TokenStats tokens = ColumnMetrics.summarizeColumn(COL, cells).tokens();

        // in 10 + 20 + 30 = 60, out 1 + 2 + 3 = 6, over 3 cells: means 20 and 2
        assertThat(tokens.inputTotal()).isEqualTo(60);
        assertThat(tokens.outputTotal()).isEqualTo(6);
        assertThat(tokens.total()).isEqualTo(66);
        assertThat(tokens.meanInput()).isEqualTo(20);
        assertThat(tokens.meanOutput()).isEqualTo(2);
    }

    @Test
    void costIsSummedExactly() {
        List<ScoredCell> cells = List.of(cell(COL, "t1").cost("0.001").build(), cell(COL, "t2").cost("0.002").build(),
                cell(COL, "t3").cost("0.0005").build());

        CostTotal cost = ColumnMetrics.summarizeColumn(COL, cells).cost();

        // 0.001 + 0.002 + 0.0005 = 0.0035, in BigDecimal with no binary rounding
        assertThat(cost.usd()).isEqualByComparingTo(new BigDecimal("0.0035"));
        assertThat(cost.display()).isEqualTo("$0.0035");
    }

    @Test
    void oneUnpricedCellMakesTheTotalUnknownNeverZero() {
        List<ScoredCell> cells = List.of(cell(COL, "t1").cost("0.002").build(), cell(COL, "t2").cost(null).build());

        CostTotal cost = ColumnMetrics.summarizeColumn(COL, cells).cost();

        assertThat(cost.known()).isFalse();
        assertThat(cost.usd()).isNull();
        assertThat(cost.display()).isEqualTo("unknown");
    }

    @Test
    void breakdownsGivePassRatesPerTagSplitAndAssertion() {
        List<ScoredCell> cells = List.of(
                cell(COL, "t1").tags("urgent", "billing").split("dev")
                        .assertion("contains", true).assertion("is-json", true).build(),
                cell(COL, "t1").repeat(1).tags("urgent", "billing").split("dev")
                        .assertion("contains", true).assertion("is-json", false).build(),
                cell(COL, "t1").repeat(2).tags("urgent", "billing").split("dev").fail()
                        .assertion("contains", false).assertion("is-json", false).build(),
                cell(COL, "t2").tags("billing").split("dev").fail().assertion("contains", false).build(),
                cell(COL, "t3").tags("urgent").split("heldout").assertion("contains", true).build(),
                cell(COL, "t4").error().fail().build()); // no tags, no split, no assertions ran

        ColumnSummary s = ColumnMetrics.summarizeColumn(COL, cells);

        // t1 passes (2 of 3), t2 fails, t3 passes:
        //   billing = {t1, t2} → 1/2, urgent = {t1, t3} → 2/2
        assertThat(s.byTag()).extracting(Breakdown::key, Breakdown::passed, Breakdown::cases)
                .containsExactly(tuple("billing", 1, 2),
                        tuple("urgent", 2, 2));
        //   dev = {t1, t2} → 1/2, heldout = {t3} → 1/1; t4 has no split
        assertThat(s.bySplit()).extracting(Breakdown::key, Breakdown::passed, Breakdown::cases)
                .containsExactly(tuple("dev", 1, 2),
                        tuple("heldout", 1, 1));
        //   contains: t1 2 of 3 → pass, t2 fail, t3 pass → 2/3
        //   is-json:  t1 1 of 3 → fail → 0/1
        assertThat(s.byAssertion()).extracting(Breakdown::key, Breakdown::passed, Breakdown::cases)
                .containsExactly(tuple("contains", 2, 3),
                        tuple("is-json", 0, 1));
        // each carries its Wilson interval: 2/2 → [2/(2 + z²), 1] = [0.342372, 1]
        assertThat(s.byTag().get(1).passRate().lower()).isCloseTo(2 / (2 + 3.841458820694124), within(1e-12));
    }

    @Test
    void summarizeKeepsColumnsInFirstAppearanceOrder() {
        List<ScoredCell> cells = List.of(passing("B", "t1"), passing("A", "t1"), failing("B", "t2"));

        List<ColumnSummary> summaries = ColumnMetrics.summarize(cells);

        assertThat(summaries).extracting(ColumnSummary::columnId).containsExactly("B", "A");
        assertThat(summaries.get(0).cases()).isEqualTo(2);
        assertThat(summaries.get(1).cases()).isEqualTo(1);
    }
}
