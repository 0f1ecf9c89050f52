package dev.promptsmith.export.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import java.util.Map;

/**
 * JUnit XML, which CI systems display natively: a test suite per column, a test case per cell,
 * failing with the assertions' reasons and erroring with the provider's message.
 */
final class JunitReportWriter implements ReportWriter {

    @Override
    public void write(EvalReport report, Writer out) throws IOException {
        // First pass counts per column (a suite's totals come before its cases); the second writes.
        Map<String, int[]> counts = new LinkedHashMap<>(); // column → {tests, failures, errors}
        try (Stream<ReportCell> cells = report.cells().get()) {
            cells.forEach(cell -> {
                int[] c = counts.computeIfAbsent(cell.column(), k -> new int[3]);
                c[0]++;
                c[cell.isError() ? 2 : 1] += cell.pass() ? 0 : 1;
            });
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"" + HtmlReportWriter.esc(report.project()) + "\">\n");
        for (Map.Entry<String, int[]> column : counts.entrySet()) {
            int[] c = column.getValue();
            out.write("  <testsuite name=\"" + HtmlReportWriter.esc(column.getKey()) + "\" tests=\"" + c[0]
                    + "\" failures=\"" + c[1] + "\" errors=\"" + c[2] + "\">\n");
            try (Stream<ReportCell> cells = report.cells().get()) {
                for (ReportCell cell : (Iterable<ReportCell>) cells.filter(x -> x.column().equals(column.getKey()))::iterator) {
                    writeCase(cell, out);
                }
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static void writeCase(ReportCell cell, Writer out) throws IOException {
        String name = cell.test() + (cell.repeat() > 0 ? " #" + (cell.repeat() + 1) : "");
        double seconds = cell.latencyMs() == null ? 0 : cell.latencyMs() / 1000.0;
        out.write("    <testcase name=\"" + HtmlReportWriter.esc(name) + "\" classname=\""
                + HtmlReportWriter.esc(cell.column()) + "\" time=\"" + seconds + "\"");
        if (cell.isError()) {
            out.write("><error message=\"" + HtmlReportWriter.esc(cell.error()) + "\"/></testcase>\n");
        } else if (!cell.pass()) {
            out.write("><failure message=\"" + HtmlReportWriter.esc(cell.reasons()) + "\">"
                    + HtmlReportWriter.esc(cell.output()) + "</failure></testcase>\n");
        } else {
            out.write("/>\n");
        }
    }
}
