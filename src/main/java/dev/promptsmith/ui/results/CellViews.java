package dev.promptsmith.ui.results;

import dev.promptsmith.compare.grid.CellRun;
import dev.promptsmith.compare.grid.ComparisonCell;
import dev.promptsmith.cost.Money;
import java.util.Locale;

/** The picture of a finished cell of a stored run: output, verdict over its repeats, latency, tokens, cost. */
final class CellViews {

    private CellViews() {
    }

    static CellView of(ComparisonCell cell) {
        CellRun shown = cell.shown();
        StringBuilder meta = new StringBuilder();
        if (shown.latencyMs() != null) {
            meta.append(shown.latencyMs() < 1000 ? shown.latencyMs() + " ms"
                    : String.format(Locale.ROOT, "%.1f s", shown.latencyMs() / 1000.0));
        }
        if (shown.inputTokens() + shown.outputTokens() > 0) {
            meta.append(meta.isEmpty() ? "" : " · ").append(shown.inputTokens()).append(" → ").append(shown.outputTokens())
                    .append(" tok");
        }
        if (shown.costUsd() != null) {
            meta.append(" · ").append(Money.usd(shown.costUsd()));
        }
        if (cell.cacheHit()) {
            meta.append(" · cached");
        }
        if (cell.repeats().size() > 1) {
            long passes = cell.repeats().stream().filter(CellRun::pass).count();
            meta.append(" · ").append(passes).append("/").append(cell.repeats().size()).append(" repeats pass");
        }
        if (cell.errored()) {
            return new CellView(CellState.FAILED, shown.output(), meta.toString(), cell.error());
        }
        String verdict = ScoreText.verdict(cell.passed(), cell.meanScore());
        String reasons = shown.reasons();
        return new CellView(CellState.DONE, shown.output(), meta.toString(), null, cell.passed(),
                reasons.isEmpty() ? verdict : verdict + "\n" + reasons.replace("; ", "\n"));
    }
}
