package dev.promptsmith.compare.grid;

import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.export.report.EvalReport;
import dev.promptsmith.export.report.ReportCell;
import dev.promptsmith.export.report.ReportWriter;
import dev.promptsmith.export.report.ReportWriters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the grid as it is on screen (filtered and sorted) with the report writers of
 * {@code eval -o}, without running anything again: one report cell per call, and column summaries
 * computed over the rows shown, so the file says what the screen said.
 */
public final class GridExport {

    private GridExport() {
    }

    /** The report of {@code grid}'s rows, in their order, columns in grid order within each row. */
    public static EvalReport report(String project, long runId, ComparisonGrid grid) {
        List<ReportCell> cells = new ArrayList<>();
        for (ComparisonRow row : grid.rows()) {
            for (String column : grid.columns()) {
                ComparisonCell cell = row.cells().get(column);
                if (cell == null) {
                    continue;
                }
                for (CellRun run : cell.repeats()) {
                    cells.add(new ReportCell(row.testId(), column, cell.prompt(), cell.modelId(), run.repeat(), run.pass(),
                            run.score(), run.error(), run.output(), run.latencyMs(), run.inputTokens(),
                            run.outputTokens(), run.cacheHit(), run.reasons()));
                }
            }
        }
        List<ReportCell> frozen = List.copyOf(cells);
        return new EvalReport(project, runId, ColumnMetrics.summarize(GridCells.scored(grid)), frozen::stream);
    }

    /**
     * Writes {@code grid} to {@code file} in the format its extension names (.json, .jsonl, .csv,
     * .html, .xml); an unknown extension is reported in the result and nothing is written.
     *
     * @throws IOException when the file cannot be written
     */
    public static GridExportResult write(String project, long runId, ComparisonGrid grid, Path file) throws IOException {
        Optional<ReportWriter> writer = ReportWriters.forFile(file);
        if (writer.isEmpty()) {
            return GridExportResult.refused(file, "Unknown report format for " + file.getFileName() + "; use "
                    + ReportWriters.extensions() + ".");
        }
        EvalReport report = report(project, runId, grid);
        int calls = grid.rows().stream().mapToInt(r -> r.cells().values().stream().mapToInt(c -> c.repeats().size()).sum()).sum();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.get().write(report, out);
        }
        return GridExportResult.written(file, grid.rows().size(), calls);
    }
}
