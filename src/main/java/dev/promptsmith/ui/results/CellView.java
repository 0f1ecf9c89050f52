package dev.promptsmith.ui.results;

/**
 * An immutable picture of one result cell; the table re-renders a cell when its picture is replaced.
 *
 * @param meta latency and tokens, e.g. "0.8 s · 412 → 37 tok", empty while running
 * @param error the provider's or template's message when {@link #state} is FAILED
 */
public record CellView(CellState state, String text, String meta, String error) {

    public static final CellView PENDING = new CellView(CellState.PENDING, "", "", null);

    public CellView appending(String delta) {
        return new CellView(CellState.RUNNING, text + delta, meta, error);
    }
}
