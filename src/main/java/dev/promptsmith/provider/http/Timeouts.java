package dev.promptsmith.provider.http;

import java.time.Duration;

/**
 * Limits of one call: to connect, between two reads of a stream (a stalled stream), and for the whole
 * call including retries.
 */
public record Timeouts(Duration connect, Duration streamIdle, Duration total) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(300));
}
