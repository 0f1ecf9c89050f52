package dev.promptsmith.compare.grid;

import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.store.AssertionOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grid's calls as the metrics' input, so summaries and agreement are computed as for a run. */
public final class GridCells {

    private GridCells() {
    }

    /** Every call of every row, column by column in grid order, so summaries come in that order too. */
    public static List<ScoredCell> scored(ComparisonGrid grid) {
        List<ScoredCell> cells = new ArrayList<>();
        for (String column : grid.columns()) {
            for (ComparisonRow row : grid.rows()) {
                ComparisonCell cell = row.cells().get(column);
                if (cell != null) {
                    cells.addAll(scored(row, column, cell));
                }
            }
        }
        return cells;
    }

    /** The calls of one cell of {@code row}. */
    public static List<ScoredCell> scored(ComparisonRow row, String columnId, ComparisonCell cell) {
        String split = row.test() == null ? null : row.test().split().key();
        List<ScoredCell> cells = new ArrayList<>(cell.repeats().size());
        for (CellRun run : cell.repeats()) {
            Map<String, Boolean> assertions = new LinkedHashMap<>();
            for (AssertionOutcome a : run.assertions()) {
                assertions.merge(a.type(), a.pass(), Boolean::logicalAnd);
            }
            cells.add(new ScoredCell(row.testId(), columnId, run.repeat(), run.pass(), run.score(), run.errored(),
                    run.latencyMs() == null ? 0 : Math.max(0, run.latencyMs()), Math.max(0, run.inputTokens()),
                    Math.max(0, run.outputTokens()), run.costUsd(), row.tags(), split, run.output(), null, null,
                    assertions));
        }
        return cells;
    }
}
