package dev.promptsmith.export.report;

import java.util.stream.Stream;
import dev.promptsmith.eval.metrics.ColumnSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** A self-contained HTML page: the column summaries, then every cell with its reasons. */
final class HtmlReportWriter implements ReportWriter {

    @Override
    public void write(EvalReport report, Writer out) throws IOException {
        out.write("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + esc(report.project())
                + " — run " + report.runId() + "</title><style>body{font:14px system-ui,sans-serif;margin:24px}"
                + "table{border-collapse:collapse;margin-bottom:24px}td,th{border:1px solid #d0d7de;padding:4px 8px;"
                + "vertical-align:top;text-align:left}pre{white-space:pre-wrap;margin:0;max-width:60ch}"
                + ".pass{background:#dafbe1}.fail{background:#ffebe9}</style></head><body>");
        out.write("<h1>" + esc(report.project()) + " — run " + report.runId() + "</h1><table><tr><th>Column</th>"
                + "<th>Pass rate (95% CI)</th><th>Mean score</th><th>Errors</th><th>p50 / p95 latency</th><th>Tokens</th>"
                + "<th>Cost</th></tr>");
        for (ColumnSummary c : report.columns()) {
            out.write("<tr><td>" + esc(c.columnId()) + "</td><td>" + pct(c.passRate().value()) + " (" + pct(c.passRate().lower())
                    + "–" + pct(c.passRate().upper()) + ")</td><td>" + String.format(Locale.ROOT, "%.2f", c.meanScore().value())
                    + "</td><td>" + c.errors() + "</td><td>" + c.latency().p50Ms() + " / " + c.latency().p95Ms() + " ms</td><td>"
                    + c.tokens().total() + "</td><td>" + esc(c.cost().display()) + "</td></tr>");
        }
        out.write("</table><table><tr><th>Test</th><th>Column</th><th>Output</th><th>Result</th></tr>");
        try (Stream<ReportCell> cells = report.cells().get()) {
            for (ReportCell cell : (Iterable<ReportCell>) cells::iterator) {
                out.write("<tr class=\"" + (cell.pass() ? "pass" : "fail") + "\"><td>" + esc(cell.test()) + "</td><td>"
                        + esc(cell.column()) + "</td><td><pre>" + esc(cell.output()) + "</pre></td><td>"
                        + (cell.pass() ? "pass" : "fail: " + esc(cell.reasons())) + "</td></tr>");
            }
        }
        out.write("</table></body></html>\n");
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
