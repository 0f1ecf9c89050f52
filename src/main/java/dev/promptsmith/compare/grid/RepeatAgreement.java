package dev.promptsmith.compare.grid;

import dev.promptsmith.eval.metrics.ConsistencyMetrics;
import dev.promptsmith.eval.metrics.ConsistencyReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Agreement across the repeats of one row, column by column, measured as the run's consistency metrics do. */
public final class RepeatAgreement {

    private RepeatAgreement() {
    }

    /** One entry per column that has a cell in {@code row}, in column order. */
    public static List<ColumnAgreement> of(ComparisonRow row) {
        List<ColumnAgreement> columns = new ArrayList<>();
        row.cells().forEach((columnId, cell) -> columns.add(of(row, columnId, cell)));
        return columns;
    }

    private static ColumnAgreement of(ComparisonRow row, String columnId, ComparisonCell cell) {
        List<String> outputs = cell.repeats().stream().map(CellRun::output).toList();
        List<Boolean> passes = cell.repeats().stream().map(CellRun::pass).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (String output : outputs) {
            counts.merge(ConsistencyMetrics.normalize(output), 1, Integer::sum);
        }
        int mostCommon = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        ConsistencyReport report = ConsistencyMetrics.ofColumn(columnId, GridCells.scored(row, columnId, cell));
        boolean repeated = outputs.size() > 1;
        return new ColumnAgreement(columnId, outputs, passes, counts.size(),
                repeated ? (double) mostCommon / outputs.size() : Double.NaN,
                !repeated || report.agreeingCases() == 1, !report.flakyCases().isEmpty());
    }
}
