package dev.promptsmith.eval;

import dev.promptsmith.provider.CancelSignal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A run in progress: cancel it, or wait for every finished cell. */
public final class RunHandle {

    private final CancelSignal cancel;
    private final CompletableFuture<List<CellResult>> done;

    RunHandle(CancelSignal cancel, CompletableFuture<List<CellResult>> done) {
        this.cancel = cancel;
        this.done = done;
    }

    /** Stops calls in flight and skips the cells not started; finished cells are kept. */
    public void cancel() {
        cancel.cancel();
    }

    public boolean isCancelled() {
        return cancel.isCancelled();
    }

    /** Completes with the results of all cells that ran, in plan order. */
    public CompletableFuture<List<CellResult>> done() {
        return done;
    }
}
