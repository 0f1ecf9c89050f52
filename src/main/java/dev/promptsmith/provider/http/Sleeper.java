package dev.promptsmith.provider.http;

import dev.promptsmith.provider.CancelSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between retries; a cancel ends the wait at once. Tests swap in one that only records. */
@FunctionalInterface
public interface Sleeper {

    /** Returns false when the wait was cut short by a cancel. */
    boolean sleep(Duration duration, CancelSignal cancel);

    /** The real clock: blocks the calling thread, waking early on cancel. */
    Sleeper REAL = (duration, cancel) -> {
        CountDownLatch woken = new CountDownLatch(1);
        try (CancelSignal.Registration hook = cancel.onCancel(woken::countDown)) {
            return !woken.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    };
}
