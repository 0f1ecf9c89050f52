package dev.promptsmith.cli.report;

import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation produced, for the report files: the column summaries and every cell.
 *
 * @param tests the run's test cases by id
 */
public record EvalReport(String project, long runId, List<ColumnSummary> columns, List<CellResult> cells,
                         Map<String, TestCase> tests) {
}
