package dev.promptsmith.provider;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** A one-way switch a caller flips to stop calls in flight; providers poll it or register a hook. */
public final class CancelSignal {

    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
        hooks.forEach(Runnable::run);
    }

    /** Runs {@code hook} on cancel (at once if already cancelled), e.g. to abort an HTTP call. */
    public void onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
    }
}
