package dev.promptsmith.eval;

/** What a run reports as it goes; the UI and the command line consume the same events. */
public sealed interface RunEvent {

    /** A call for this cell is about to be made. */
    record CellStarted(CellKey key) implements RunEvent { }

    /** Text arrived for this cell (streaming). */
    record CellDelta(CellKey key, String text) implements RunEvent { }

    /** The cell is done, successfully or not. */
    record CellFinished(CellResult result) implements RunEvent { }

    /**
     * Every cell is done or the run was cancelled.
     *
     * @param stopReason why the run stopped by itself before its end (e.g. its budget), or null
     */
    record RunFinished(int finished, int failed, boolean cancelled, String stopReason) implements RunEvent {

        public RunFinished(int finished, int failed, boolean cancelled) {
            this(finished, failed, cancelled, null);
        }
    }
}
