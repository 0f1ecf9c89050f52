package dev.promptsmith.ui.results;

/**
 * An immutable picture of one result cell; the table re-renders a cell when its picture is replaced.
 *
 * @param meta latency and tokens, e.g. "0.8 s · 412 → 37 tok", empty while running
 * @param error the provider's or template's message when {@link #state} is FAILED
 * @param pass the assertions' verdict, or null when the cell was not scored
 * @param verdict the score and, for a failure, the assertions' reasons; empty when not scored
 */
public record CellView(CellState state, String text, String meta, String error, Boolean pass, String verdict) {

    public static final CellView PENDING = new CellView(CellState.PENDING, "", "", null, null, "");
    /** A column that did not run this test (a resumed or filtered run). */
    public static final CellView NOT_RUN = new CellView(CellState.NOT_RUN, "", "not run", null, null, "");

    public CellView(CellState state, String text, String meta, String error) {
        this(state, text, meta, error, null, "");
    }

    public CellView appending(String delta) {
        return new CellView(CellState.RUNNING, text + delta, meta, error, pass, verdict);
    }
}
