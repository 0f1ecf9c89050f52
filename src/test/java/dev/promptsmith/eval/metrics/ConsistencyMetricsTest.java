package dev.promptsmith.eval.metrics;

import static dev.promptsmith.eval.metrics.CellBuilder.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyMetricsTest {

    private static final String COL = "triage × claude";

    @Test
    void normalizationTrimsCollapsesWhitespaceAndLowerCases() {
        assertThat(ConsistencyMetrics.normalize("  Billing \n\t Refund ")).isEqualTo("billing refund");
        assertThat(ConsistencyMetrics.normalize("billing.")).isNotEqualTo(ConsistencyMetrics.normalize("billing"));
    }

    @Test
    void agreementNeedsTheSameVerdictAndTheSameNormalizedOutput() {
        List<ScoredCell> cells = List.of(
                // t1: same verdict, outputs equal after normalization → agrees, 1 distinct
                cell(COL, "t1").output("Billing").build(),
                cell(COL, "t1").repeat(1).output(" billing ").build(),
                cell(COL, "t1").repeat(2).output("BILLING\n").build(),
                // t2: both pass, different outputs → disagrees, 2 distinct, not flaky
                cell(COL, "t2").output("billing").build(),
                cell(COL, "t2").repeat(1).output("refund").build(),
                // t3: same output, pass then fail → disagrees, 1 distinct, flaky
                cell(COL, "t3").output("x").build(),
                cell(COL, "t3").repeat(1).output("x").fail().build(),
                // t4: run once → not compared
                cell(COL, "t4").output("y").build());

        ConsistencyReport r = ConsistencyMetrics.ofColumn(COL, cells);

        // compared t1, t2, t3 → 3; agreeing t1 → 1; rate 1/3; distinct (1 + 2 + 1)/3 = 4/3
        assertThat(r.casesWithRepeats()).isEqualTo(3);
        assertThat(r.agreeingCases()).isEqualTo(1);
        assertThat(r.agreementRate()).isEqualTo(1.0 / 3);
        assertThat(r.meanDistinctOutputs()).isEqualTo(4.0 / 3);
        assertThat(r.flakyCases()).containsExactly("t3");
    }

    @Test
    void anErroredRepeatIsAFailAndMakesTheCaseFlaky() {
        List<ScoredCell> cells = List.of(
                cell(COL, "t1").output("ok").build(),
                cell(COL, "t1").repeat(1).output("ok").error().build());

        assertThat(ConsistencyMetrics.ofColumn(COL, cells).flakyCases()).containsExactly("t1");
    }

    @Test
    void withoutRepeatsThereIsNothingToMeasure() {
        ConsistencyReport r = ConsistencyMetrics.ofColumn(COL, List.of(cell(COL, "t1").build()));

        assertThat(r.casesWithRepeats()).isZero();
        assertThat(r.agreementRate()).isNaN();
        assertThat(r.meanDistinctOutputs()).isNaN();
        assertThat(r.flakyCases()).isEmpty();
    }

    @Test
    void reportsEveryColumn() {
        List<ScoredCell> cells = List.of(cell("A", "t1").build(), cell("A", "t1").repeat(1).build(),
                cell("B", "t1").build(), cell("B", "t1").repeat(1).fail().build());

        assertThat(ConsistencyMetrics.of(cells))
                .extracting(ConsistencyReport::columnId, ConsistencyReport::agreeingCases)
                .containsExactly(tuple("A", 1), tuple("B", 0));
    }
}
