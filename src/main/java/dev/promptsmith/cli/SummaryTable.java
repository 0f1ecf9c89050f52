package dev.promptsmith.cli;

import dev.promptsmith.eval.metrics.ColumnSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The table printed at the end of {@code eval}: one line per column. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(PrintWriter out, String project, long runId, List<ColumnSummary> columns) {
        out.println();
        out.println(project + " — run " + runId);
        int width = Math.max(6, columns.stream().mapToInt(c -> c.columnId().length()).max().orElse(6));
        String format = "%-" + width + "s  %5s  %-13s  %5s  %6s  %-15s  %8s  %s%n";
        out.printf(Locale.ROOT, format, "Column", "Pass", "95% CI", "Score", "Errors", "Latency p50/p95", "Tokens", "Cost");
        for (ColumnSummary c : columns) {
            out.printf(Locale.ROOT, format, c.columnId(), pct(c.passRate().value()),
                    pct(c.passRate().lower()) + "–" + pct(c.passRate().upper()),
                    String.format(Locale.ROOT, "%.2f", c.meanScore().value()), c.errors(),
                    c.latency().p50Ms() + "/" + c.latency().p95Ms() + " ms", c.tokens().total(), c.cost().display());
        }
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }
}
