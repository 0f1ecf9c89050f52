package dev.promptsmith.provider.http;

import java.time.Duration;

/**
 * Limits of one call: to connect, between two reads of a stream (a stalled stream), and for the whole
 * call including retries.
 */
public record Timeouts(Duration connect, Duration streamIdle, Duration total) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(300));

    /** These limits with another whole-call limit; null keeps this one. The stall limit never exceeds it. */
    public Timeouts withTotal(Duration newTotal) {
        if (newTotal == null || newTotal.isZero() || newTotal.isNegative()) {
            return this;
        }
        Duration idle = streamIdle.compareTo(newTotal) > 0 ? newTotal : streamIdle;
        return new Timeouts(connect, idle, newTotal);
    }
}
