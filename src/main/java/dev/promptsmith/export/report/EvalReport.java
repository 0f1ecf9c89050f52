package dev.promptsmith.export.report;

import dev.promptsmith.eval.metrics.ColumnSummary;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What an evaluation produced, for the report files: the column summaries and the cells, read
 * back from the results store as a stream each time they are asked for, so a report of 10,000
 * cells never holds them all. Callers close each stream.
 */
public record EvalReport(String project, long runId, List<ColumnSummary> columns, Supplier<Stream<ReportCell>> cells) {
}
