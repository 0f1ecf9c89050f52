package dev.promptsmith.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class CallDeadlinesTest {

    private static final Timeouts LIMITS = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CallDeadlines deadlines = new CallDeadlines(now::get);
    private final OkHttpClient client = new OkHttpClient();

    /** A call that is never executed: only whether it was cancelled matters here. */
    private Call call() {
        return client.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aCallWithoutBytesForTheIdleLimitIsCancelledAsIdle() {
        try (CallDeadlines.Watch watch = deadlines.watch(LIMITS)) {
            Call call = call();
            watch.attach(call);
            advance(Duration.ofMillis(4_900));
            deadlines.sweep();
            assertThat(call.isCanceled()).isFalse();

            advance(Duration.ofMillis(100));
            deadlines.sweep();

            assertThat(call.isCanceled()).isTrue();
            assertThat(watch.expired()).isEqualTo(CallDeadlines.Expiry.IDLE);
        }
    }

    @Test
    void arrivingBytesRestartTheIdleClock() {
        try (CallDeadlines.Watch watch = deadlines.watch(LIMITS)) {
            Call call = call();
            watch.attach(call);
            for (int i = 0; i < 5; i++) {
                advance(Duration.ofSeconds(4));
                watch.touch();
                deadlines.sweep();
            }
            assertThat(call.isCanceled()).isFalse();
            assertThat(watch.expired()).isNull();
        }
    }

    @Test
    void theTotalLimitCoversEveryAttemptAndTheWaitsBetweenThem() {
        try (CallDeadlines.Watch watch = deadlines.watch(LIMITS)) {
            watch.attach(call());
            advance(Duration.ofSeconds(3));
            watch.detach(); // a backoff wait: no attempt, so no idle limit
            advance(Duration.ofSeconds(20));
            deadlines.sweep();
            assertThat(watch.expired()).isNull();

            Call retry = call();
            watch.attach(retry);
            advance(Duration.ofSeconds(4));
            watch.touch();
            advance(Duration.ofSeconds(3));
            deadlines.sweep();

            assertThat(retry.isCanceled()).isTrue();
            assertThat(watch.expired()).isEqualTo(CallDeadlines.Expiry.TOTAL);
        }
    }

    @Test
    void anAttemptStartedAfterTheLimitPassedIsCancelledAtOnce() {
        try (CallDeadlines.Watch watch = deadlines.watch(LIMITS)) {
            advance(Duration.ofSeconds(31));
            deadlines.sweep();
            Call late = call();

            watch.attach(late);

            assertThat(late.isCanceled()).isTrue();
        }
    }

    @Test
    void aClosedWatchIsNoLongerChecked() {
        Call call = call();
        CallDeadlines.Watch watch = deadlines.watch(LIMITS);
        watch.attach(call);
        watch.close();
        advance(Duration.ofMinutes(5));

        deadlines.sweep();

        assertThat(call.isCanceled()).isFalse();
        assertThat(watch.expired()).isNull();
    }

    @Test
    void theSweeperRunsOnItsOwnWhileACallIsWatched() throws Exception {
        CallDeadlines real = new CallDeadlines();
        Timeouts quick = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(150), Duration.ofSeconds(30));
        try (CallDeadlines.Watch watch = real.watch(quick)) {
            Call call = call();
            watch.attach(call);
            long start = System.nanoTime();
            while (!call.isCanceled() && System.nanoTime() - start < 5_000_000_000L) {
                Thread.sleep(10);
            }
            assertThat(call.isCanceled()).isTrue();
            assertThat(watch.expired()).isEqualTo(CallDeadlines.Expiry.IDLE);
        }
    }
}
