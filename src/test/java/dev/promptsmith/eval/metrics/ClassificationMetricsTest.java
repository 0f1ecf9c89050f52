package dev.promptsmith.eval.metrics;

import static dev.promptsmith.eval.metrics.CellBuilder.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final String COL = "router × gpt-4o";

    /**
     * Ten predictions over three expected labels. "spam" is only ever predicted, and one output
     * yielded no label.
     * <pre>
     *   expected → predicted
     *   billing  → billing, billing, bug
     *   bug      → bug, billing, bug
     *   other    → other, bug, spam, (none)
     * </pre>
     */
    private static List<ScoredCell> toySet() {
        String[][] pairs = {
            {"billing", "billing"}, {"billing", "billing"}, {"billing", "bug"},
            {"bug", "bug"}, {"bug", "billing"}, {"bug", "bug"},
            {"other", "other"}, {"other", "bug"}, {"other", "spam"}, {"other", null}};
        List<ScoredCell> cells = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            cells.add(cell(COL, "t" + i).labels(pairs[i][0], pairs[i][1]).build());
        }
        return cells;
    }

    @Test
    void accuracyCountsAMissingPredictionAsWrong() {
        ClassificationReport r = ClassificationMetrics.ofColumn(COL, toySet()).orElseThrow();

        // correct: billing×2, bug×2, other×1 = 5 of 10
        assertThat(r.predictions()).isEqualTo(10);
        assertThat(r.correct()).isEqualTo(5);
        assertThat(r.accuracy()).isEqualTo(0.5);
    }

    @Test
    void confusionMatrixHasSortedLabelsIncludingOnlyPredictedOnesAndNoPredictionLast() {
        ConfusionMatrix m = ClassificationMetrics.ofColumn(COL, toySet()).orElseThrow().confusion();

        assertThat(m.labels()).containsExactly("billing", "bug", "other", "spam", ClassificationMetrics.NO_PREDICTION);
        assertThat(m.toArray()).isDeepEqualTo(new int[][] {
            // billing bug other spam (none)   ← predicted; rows expected
            {2, 1, 0, 0, 0},  // billing
            {1, 2, 0, 0, 0},  // bug
            {0, 1, 1, 1, 1},  // other
            {0, 0, 0, 0, 0},  // spam
            {0, 0, 0, 0, 0}});// (none)
        assertThat(m.count("other", "spam")).isEqualTo(1);
    }

    @Test
    void perLabelPrecisionRecallAndF1() {
        ClassificationReport r = ClassificationMetrics.ofColumn(COL, toySet()).orElseThrow();

        // billing: TP 2, predicted 2+1 = 3, support 3 → P = 2/3, R = 2/3, F1 = 2/3
        // bug:     TP 2, predicted 1+2+1 = 4, support 3 → P = 1/2, R = 2/3,
        //          F1 = 2·(1/2)(2/3) / (1/2 + 2/3) = (2/3) / (7/6) = 4/7
        // other:   TP 1, predicted 1, support 4 → P = 1, R = 1/4, F1 = 2·(1/4) / (5/4) = 2/5
        // spam:    TP 0, predicted 1, support 0 → P = 0/1 = 0, R = 0/0 := 0, F1 = 0/0 := 0
        assertThat(r.labels()).extracting(LabelScores::label).containsExactly("billing", "bug", "other", "spam");
        assertScores(r.labels().get(0), 2.0 / 3, 2.0 / 3, 2.0 / 3);
        assertScores(r.labels().get(1), 0.5, 2.0 / 3, 4.0 / 7);
        assertScores(r.labels().get(2), 1, 0.25, 0.4);
        assertScores(r.labels().get(3), 0, 0, 0);
        assertThat(r.labels().get(2).support()).isEqualTo(4);
        assertThat(r.labels().get(1).predicted()).isEqualTo(4);
    }

    @Test
    void macroF1IsTheUnweightedMeanOverRealLabels() {
        ClassificationReport r = ClassificationMetrics.ofColumn(COL, toySet()).orElseThrow();

        // (2/3 + 4/7 + 2/5 + 0) / 4 = (70 + 60 + 42)/105 / 4 = 172/420 = 43/105 = 0.409524
        assertThat(r.macroF1()).isCloseTo(43.0 / 105, within(1e-12));
    }

    @Test
    void aLabelNeverPredictedHasPrecisionZero() {
        List<ScoredCell> cells = List.of(cell(COL, "t1").labels("a", "b").build(),
                cell(COL, "t2").labels("b", "b").build());

        ClassificationReport r = ClassificationMetrics.ofColumn(COL, cells).orElseThrow();

        // a: TP 0, predicted 0 → P = 0/0 := 0; support 1 → R = 0; F1 = 0
        // b: TP 1, predicted 2, support 1 → P = 1/2, R = 1, F1 = 2·(1/2)/(3/2) = 2/3
        assertScores(r.labels().get(0), 0, 0, 0);
        assertScores(r.labels().get(1), 0.5, 1, 2.0 / 3);
        assertThat(r.confusion().labels()).containsExactly("a", "b");
    }

    @Test
    void columnsWithoutLabelsGetNoReport() {
        List<ScoredCell> cells = List.of(cell("free-text", "t1").build(), cell(COL, "t1").labels("a", "a").build());

        assertThat(ClassificationMetrics.ofColumn("free-text", cells.subList(0, 1))).isEmpty();
        assertThat(ClassificationMetrics.of(cells)).extracting(ClassificationReport::columnId).containsExactly(COL);
    }

    private static void assertScores(LabelScores s, double precision, double recall, double f1) {
        assertThat(s.precision()).as(s.label() + " precision").isCloseTo(precision, within(1e-12));
        assertThat(s.recall()).as(s.label() + " recall").isCloseTo(recall, within(1e-12));
        assertThat(s.f1()).as(s.label() + " F1").isCloseTo(f1, within(1e-12));
    }
}
