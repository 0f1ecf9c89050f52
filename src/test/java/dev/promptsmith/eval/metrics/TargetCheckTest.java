package dev.promptsmith.eval.metrics;

import static dev.promptsmith.eval.metrics.CellBuilder.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetCheckTest {

    /** A column of ten cases, the first {@code passes} passing; every cell scores {@code score}, costs {@code cost}. */
    private static List<ScoredCell> column(String id, int passes, double score, String cost) {
        List<ScoredCell> cells = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cells.add(cell(id, "t" + i).pass(i < passes).score(score).cost(cost).build());
        }
        return cells;
    }

    private static List<ColumnSummary> summaries() {
        List<ScoredCell> cells = new ArrayList<>();
        cells.addAll(column("lowScore", 9, 0.70, "0.001"));  // 9/10, mean 0.70
        cells.addAll(column("pricey", 9, 0.85, "0.003"));    // 9/10, mean 0.85, total 0.030
        cells.addAll(column("cheap", 9, 0.85, "0.001"));     // 9/10, mean 0.85, total 0.010
        cells.addAll(column("unpriced", 9, 0.85, null));     // 9/10, mean 0.85, cost unknown
        cells.addAll(column("weak", 8, 0.95, "0.0001"));     // 8/10, best score, cheapest: still ranks last
        return ColumnMetrics.summarize(cells);
    }

    @Test
    void bestIsHighestPassRateThenMeanScoreThenLowerCost() {
        TargetReport r = TargetCheck.check(summaries(), Target.of("passRate", 0.9));

        // pass rate 0.9 ties four columns; mean score drops lowScore to fourth;
        // cost orders cheap (0.010) < pricey (0.030) < unpriced (unknown ranks after every known cost)
        assertThat(r.bestColumn()).isEqualTo("cheap");
        assertThat(r.meetingColumns()).containsExactly("cheap", "pricey", "unpriced", "lowScore");
        assertThat(r.met()).isTrue();
        assertThat(r.shortfall()).isZero();
    }

    @Test
    void reportsTheShortfallWhenNoColumnMeetsTheTarget() {
        TargetReport r = TargetCheck.check(summaries(), Target.of("passRate", 0.95));

        // best pass rate is 0.9: 0.95 − 0.9 = 0.05
        assertThat(r.meetingColumns()).isEmpty();
        assertThat(r.met()).isFalse();
        assertThat(r.bestColumn()).isEqualTo("cheap");
        assertThat(r.shortfall()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void meanScoreTargetComparesMeanScores() {
        TargetReport r = TargetCheck.check(summaries(), Target.of("meanScore", 0.85));

        // 0.85 reached by cheap, pricey, unpriced (0.85) and weak (0.95); not lowScore (0.70).
        // The best column is still chosen by pass rate first.
        assertThat(r.meetingColumns()).containsExactly("cheap", "pricey", "unpriced", "weak");
        assertThat(r.bestColumn()).isEqualTo("cheap");
    }

    @Test
    void noColumnsNoBest() {
        TargetReport r = TargetCheck.check(List.of(), Target.of("passRate", 0.9));

        assertThat(r.bestColumn()).isNull();
        assertThat(r.shortfall()).isEqualTo(0.9);
    }

    @Test
    void unknownMetricIsRejectedWithTheAllowedNames() {
        assertThatThrownBy(() -> Target.of("accuracy", 0.9)).hasMessageContaining("passRate or meanScore");
    }
}
