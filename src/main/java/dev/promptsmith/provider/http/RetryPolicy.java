package dev.promptsmith.provider.http;

import java.time.Duration;

/**
 * How often and how long to retry a failed call: exponential backoff from {@code baseDelay}, capped at
 * {@code maxDelay}, minus up to {@code jitter} of it (as the official SDKs do), and never waiting more
 * than {@code maxTotalWait} across all attempts. A wait the server asks for wins over the backoff.
 */
public record RetryPolicy(int maxAttempts, Duration maxTotalWait, Duration baseDelay, Duration maxDelay, double jitter) {

    /** Three attempts, the SDKs' 0.5 s × 2ⁿ up to 8 s with 25 % jitter, at most a minute of waiting. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(500),
            Duration.ofSeconds(8), 0.25);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
        }
    }

    /** The backoff before attempt {@code failedAttempts + 1}; {@code random} is in [0, 1). */
    public Duration backoff(int failedAttempts, double random) {
        double exponential = baseDelay.toMillis() * Math.pow(2, Math.max(0, failedAttempts - 1));
        double capped = Math.min(exponential, maxDelay.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - jitter * random)));
    }
}
