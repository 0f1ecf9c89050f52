package dev.promptsmith.provider.http;

import dev.promptsmith.provider.CancelSignal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Keeps a provider under its requests-per-minute and tokens-per-minute limits with a sliding
 * one-minute window, so a large run waits instead of collecting 429s.
 */
public final class MinuteRateLimiter {

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final Integer requestsPerMinute;
    private final Integer tokensPerMinute;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Deque<long[]> window = new ArrayDeque<>(); // {startNanos, tokens}

    /** Either limit may be null for none. */
    public MinuteRateLimiter(Integer requestsPerMinute, Integer tokensPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public boolean isUnlimited() {
        return requestsPerMinute == null && tokensPerMinute == null;
    }

    /** Blocks until a request of {@code tokens} fits; false when cancelled while waiting. */
    public boolean acquire(int tokens, CancelSignal cancel) {
        while (true) {
            long wait;
            synchronized (this) {
                long now = nanoTime.getAsLong();
                while (!window.isEmpty() && now - window.peekFirst()[0] >= WINDOW_NANOS) {
                    window.pollFirst();
                }
                if (fits(tokens)) {
                    window.addLast(new long[] {now, tokens});
                    return true;
                }
                wait = WINDOW_NANOS - (now - window.peekFirst()[0]);
            }
            if (!sleeper.sleep(Duration.ofNanos(Math.max(wait, 1_000_000)), cancel)) {
                return false;
            }
        }
    }

    private boolean fits(int tokens) {
        if (window.isEmpty()) {
            return true; // a single request larger than the token limit still goes, alone
        }
        if (requestsPerMinute != null && window.size() >= requestsPerMinute) {
            return false;
        }
        long used = window.stream().mapToLong(e -> e[1]).sum();
        return tokensPerMinute == null || used + tokens <= tokensPerMinute;
    }
}
