package dev.promptsmith.ui.results;

import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.ui.common.Styles;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A result column's header: its id, and once the run is done its pass rate with interval, score, cost, latency and tokens. */
final class ColumnHeaders {

    private ColumnHeaders() {
    }

    static Node of(String columnId, ColumnSummary summary) {
        Label name = new Label(columnId);
        VBox box = new VBox(1, name);
        if (summary != null) {
            Label line = new Label(text(summary));
            line.getStyleClass().add(Styles.COLUMN_SUMMARY);
            line.setId("summary-" + columnId);
            box.getChildren().add(line);
            Tooltip.install(box, new Tooltip(details(summary)));
        }
        return box;
    }

    /** "85% (72–93%) · score 0.88" over "$0.0123 · 420/980 ms · 12,345 tok": two short lines fit a narrow column. */
    static String text(ColumnSummary s) {
        return String.format(Locale.ROOT, "%.0f%% (%.0f–%.0f%%) · score %.2f%n%s · %d/%d ms · %,d tok",
                s.passRate().value() * 100, s.passRate().lower() * 100, s.passRate().upper() * 100,
                s.meanScore().value(), s.cost().display(), s.latency().p50Ms(), s.latency().p95Ms(), s.tokens().total());
    }

    private static String details(ColumnSummary s) {
        return String.format(Locale.ROOT, "%d of %d cases pass (95%% interval %.0f–%.0f%%)%nMean score %.2f (%.2f–%.2f)"
                        + "%n%d errors%nLatency p50 %d ms, p95 %d ms%nTokens %,d%nCost %s",
                s.passedCases(), s.cases(), s.passRate().lower() * 100, s.passRate().upper() * 100, s.meanScore().value(),
                s.meanScore().lower(), s.meanScore().upper(), s.errors(), s.latency().p50Ms(), s.latency().p95Ms(),
                s.tokens().total(), s.cost().display());
    }
}
