package dev.promptsmith.provider.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import okhttp3.Call;

/**
 * Enforces the stream-idle and whole-call limits of the chat calls in flight from one thread that
 * looks at them every {@value #SWEEP_MILLIS} ms, in place of OkHttp's read, write and call timeouts.
 *
 * <p>Those put every socket read and write of every call through Okio's watchdog queue, under one
 * lock shared by all calls: at 16 calls in flight the lanes parked on that lock and woke its thread
 * about once per call, which cost the engine 1.5 % against the latency-bound ideal on a 2-vCPU
 * machine (docs/BENCHMARKS.md). A sweep costs the same whether 1 or 100 calls are in flight, and the
 * limits it enforces are seconds long, so firing up to {@value #SWEEP_MILLIS} ms late is of no
 * consequence. The sweeping thread runs only while a call is watched.
 */
final class CallDeadlines {

    static final long SWEEP_MILLIS = 100;

    /** Which limit a call passed. */
    enum Expiry {
        /** No bytes for the stream-idle limit: waiting for the response, or between two reads of it. */
        IDLE,
        /** The whole call, retries included, took longer than its total limit. */
        TOTAL
    }

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor sweeper;
    private final LongSupplier nanoTime;

    CallDeadlines() {
        this(System::nanoTime);
    }

    CallDeadlines(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        sweeper = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "promptsmith-call-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // No thread at all while nothing is watched, e.g. in an app that makes no call for an hour.
        sweeper.setKeepAliveTime(10, TimeUnit.SECONDS);
        sweeper.allowCoreThreadTimeOut(true);
    }

    /** Starts watching one chat call (all its attempts) against {@code timeouts}; close the watch when it ends. */
    Watch watch(Timeouts timeouts) {
        Watch watch = new Watch(timeouts.streamIdle().toNanos(), nanoTime.getAsLong() + timeouts.total().toNanos());
        watches.add(watch);
        if (sweeping.compareAndSet(false, true)) {
            sweeper.schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        }
        return watch;
    }

    /** One look at every watched call; runs again while any is left. */
    void sweep() {
        long now = nanoTime.getAsLong();
        for (Watch watch : watches) {
            watch.check(now);
        }
        sweeping.set(false);
        // A watch added between the loop and the reset above found sweeping still on and scheduled nothing.
        if (!watches.isEmpty() && sweeping.compareAndSet(false, true)) {
            sweeper.schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The limits of one chat call. The call's thread reports progress; the sweeper checks it. */
    final class Watch implements AutoCloseable {

        private final long idleNanos;
        private final long deadline;
        private volatile long lastActivity;
        private volatile Call call;
        private volatile Expiry expired;

        private Watch(long idleNanos, long deadline) {
            this.idleNanos = idleNanos;
            this.deadline = deadline;
            this.lastActivity = nanoTime.getAsLong();
        }

        /** The attempt about to be made; the idle clock starts again with it. */
        void attach(Call attempt) {
            lastActivity = nanoTime.getAsLong();
            call = attempt;
            if (expired != null) {
                attempt.cancel();
            }
        }

        /** The attempt ended; between attempts (a backoff wait) only the total limit counts. */
        void detach() {
            call = null;
        }

        /** Bytes arrived: the idle clock starts again. */
        void touch() {
            lastActivity = nanoTime.getAsLong();
        }

        /** The limit this call passed, or null. */
        Expiry expired() {
            return expired;
        }

        Duration idleLimit() {
            return Duration.ofNanos(idleNanos);
        }

        private void check(long now) {
            Call current = call;
            if (expired == null && now - deadline >= 0) {
                expire(Expiry.TOTAL, current);
            } else if (expired == null && current != null && now - lastActivity >= idleNanos) {
                expire(Expiry.IDLE, current);
            }
        }

        private void expire(Expiry why, Call current) {
            expired = why;
            if (current != null) {
                current.cancel();
            }
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }
}
