package dev.promptsmith.cli.report;

import dev.promptsmith.eval.CellResult;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which CI systems display natively: a test suite per column, a test case per cell,
 * failing with the assertions' reasons and erroring with the provider's message.
 */
final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(EvalReport report, Writer out) throws IOException {
        Map<String, List<CellResult>> byColumn = new LinkedHashMap<>();
        for (CellResult cell : report.cells()) {
            byColumn.computeIfAbsent(cell.key().column(), k -> new java.util.ArrayList<>()).add(cell);
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"" + HtmlReportWriter.esc(report.project()) + "\">\n");
        for (Map.Entry<String, List<CellResult>> column : byColumn.entrySet()) {
            List<CellResult> cells = column.getValue();
            long errors = cells.stream().filter(c -> c.score() == null).count();
            long failures = cells.stream().filter(c -> c.score() != null && !c.score().pass()).count();
            out.write("  <testsuite name=\"" + HtmlReportWriter.esc(column.getKey()) + "\" tests=\"" + cells.size()
                    + "\" failures=\"" + failures + "\" errors=\"" + errors + "\">\n");
            for (CellResult cell : cells) {
                String name = cell.key().testId() + (cell.key().repeat() > 0 ? " #" + (cell.key().repeat() + 1) : "");
                double seconds = cell.response() == null || cell.response().latency() == null ? 0
                        : cell.response().latency().toMillis() / 1000.0;
                out.write("    <testcase name=\"" + HtmlReportWriter.esc(name) + "\" classname=\""
                        + HtmlReportWriter.esc(column.getKey()) + "\" time=\"" + seconds + "\"");
                if (cell.score() == null) {
                    out.write("><error message=\"" + HtmlReportWriter.esc(String.valueOf(cell.errorMessage())) + "\"/></testcase>\n");
                } else if (!cell.score().pass()) {
                    out.write("><failure message=\"" + HtmlReportWriter.esc(CellRows.reasons(cell)) + "\">"
                            + HtmlReportWriter.esc(cell.output()) + "</failure></testcase>\n");
                } else {
                    out.write("/>\n");
                }
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }
}
