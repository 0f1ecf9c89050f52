package dev.promptsmith.provider;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A one-way switch a caller flips to stop calls in flight; providers poll it or register a hook.
 * One signal serves a whole run, so hooks are removed when their call ends: a run of 10,000 cells
 * must not keep 10,000 dead hooks.
 */
public final class CancelSignal {

    private volatile boolean cancelled;
    private final Set<Hook> hooks = ConcurrentHashMap.newKeySet();

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
        hooks.forEach(Hook::fire);
    }

    /**
     * Runs {@code action} on cancel (at once if already cancelled), e.g. to abort an HTTP call.
     * Close the returned registration when the work it guards is over.
     */
    public Registration onCancel(Runnable action) {
        Hook hook = new Hook(action);
        hooks.add(hook);
        if (cancelled) {
            hook.fire();
        }
        return () -> hooks.remove(hook);
    }

    /** Removes a hook; closing twice is harmless. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Identity-compared wrapper, so the same action registered twice is two hooks. */
    private static final class Hook {
        private final Runnable action;

        Hook(Runnable action) {
            this.action = action;
        }

        void fire() {
            action.run();
        }
    }
}
