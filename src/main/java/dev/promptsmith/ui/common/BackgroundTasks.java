package dev.promptsmith.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The one way the UI does slow work: {@code work} runs on the background executor and its result
 * is handed to the FX thread in one place. Tests pass inline executors.
 */
public final class BackgroundTasks {

    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyIntegerWrapper active = new ReadOnlyIntegerWrapper(this, "active");

    public BackgroundTasks(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Must be called on the FX thread; callbacks run on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        active.set(active.get() + 1);
        try {
            background.execute(() -> complete(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // The executor is shut down: the app is closing, and nobody waits for this result.
            active.set(active.get() - 1);
        }
    }

    private <T> void complete(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            fxThread.execute(() -> {
                active.set(active.get() - 1);
                onFailure.accept(e);
            });
            return;
        }
        fxThread.execute(() -> {
            active.set(active.get() - 1);
            onSuccess.accept(result);
        });
    }

    /** The executor behind {@link #run}, for libraries that take an executor (RichTextFX tasks). */
    public Executor executor() {
        return background;
    }

    /** The executor that runs code on the FX thread. */
    public Executor fxThread() {
        return fxThread;
    }

    /** Tasks submitted and not yet handed back; zero means the UI is settled. */
    public ReadOnlyIntegerProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public int getActive() {
        return active.get();
    }
}
