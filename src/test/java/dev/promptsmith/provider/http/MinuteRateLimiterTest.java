package dev.promptsmith.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.CancelSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MinuteRateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    /** A fake clock: "sleeping" moves time forward. */
    private final Sleeper sleeper = (d, cancel) -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
        return true;
    };

    @Test
    void requestsBeyondThePerMinuteLimitWaitForTheWindowToMove() {
        MinuteRateLimiter limiter = new MinuteRateLimiter(2, null, now::get, sleeper);
        CancelSignal cancel = new CancelSignal();
        limiter.acquire(10, cancel);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        limiter.acquire(10, cancel);
        assertThat(waits).isEmpty();

        limiter.acquire(10, cancel);

        assertThat(waits).containsExactly(Duration.ofSeconds(50));
    }

    @Test
    void tokensPerMinuteCountsRequestSizes() {
        MinuteRateLimiter limiter = new MinuteRateLimiter(null, 1000, now::get, sleeper);
        CancelSignal cancel = new CancelSignal();
        limiter.acquire(600, cancel);
        limiter.acquire(300, cancel);
        assertThat(waits).isEmpty();
        limiter.acquire(200, cancel);
        assertThat(waits).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void aRequestLargerThanTheTokenLimitStillGoesAlone() {
        MinuteRateLimiter limiter = new MinuteRateLimiter(null, 100, now::get, sleeper);
        assertThat(limiter.acquire(5000, new CancelSignal())).isTrue();
        assertThat(waits).isEmpty();
    }

    @Test
    void cancelWhileWaitingGivesUp() {
        MinuteRateLimiter limiter = new MinuteRateLimiter(1, null, now::get, (d, c) -> false);
        CancelSignal cancel = new CancelSignal();
        limiter.acquire(1, cancel);
        assertThat(limiter.acquire(1, cancel)).isFalse();
    }
}
