package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Computes the summary row of each column from scored cells. */
public final class ColumnMetrics {

    private ColumnMetrics() {
    }

    /** One summary per column, in the order the columns first appear in cells. */
    public static List<ColumnSummary> summarize(List<ScoredCell> cells) {
        List<ColumnSummary> summaries = new ArrayList<>();
        Grouping.byColumn(cells).forEach((columnId, columnCells) ->
                summaries.add(summarizeColumn(columnId, columnCells)));
        return List.copyOf(summaries);
    }

    /** The summary of one column; every cell must belong to it. */
    public static ColumnSummary summarizeColumn(String columnId, List<ScoredCell> columnCells) {
        if (columnCells.stream().anyMatch(c -> !c.columnId().equals(columnId))) {
            throw new IllegalArgumentException("cells of another column passed for " + columnId);
        }
        Map<String, List<ScoredCell>> cases = Grouping.byCase(columnCells);
        List<CaseOutcome> outcomes = CaseOutcome.of(columnCells);
        int passed = (int) outcomes.stream().filter(CaseOutcome::passed).count();
        double[] scores = outcomes.stream().mapToDouble(CaseOutcome::meanScore).toArray();
        int errors = (int) columnCells.stream().filter(ScoredCell::error).count();
        return new ColumnSummary(columnId, outcomes.size(), passed, Intervals.wilson(passed, outcomes.size()),
                Intervals.meanScore(scores), errors, LatencyStats.of(columnCells), TokenStats.of(columnCells),
                CostTotal.of(columnCells), Breakdowns.byTag(cases), Breakdowns.bySplit(cases),
                Breakdowns.byAssertion(cases));
    }
}
