package dev.promptsmith.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries items from any thread to the FX thread in batches: at most one hop is pending at a time,
 * so a stream of thousands of tokens costs a handful of FX-thread runs, not one per token.
 */
public final class FxCoalescer<T> {

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor fxThread;
    private final Consumer<List<T>> sink;

    public FxCoalescer(Executor fxThread, Consumer<List<T>> sink) {
        this.fxThread = fxThread;
        this.sink = sink;
    }

    /** Thread-safe. */
    public void offer(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        T item;
        while ((item = queue.poll()) != null) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
