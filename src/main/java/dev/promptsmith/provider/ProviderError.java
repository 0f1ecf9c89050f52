package dev.promptsmith.provider;

/**
 * A failed call, as data: one failing cell never aborts a run.
 *
 * @param status the HTTP status, or 0 when there was no HTTP response
 * @param retryable whether trying again may succeed (rate limits, overload, network faults)
 */
public record ProviderError(Kind kind, int status, String message, boolean retryable) {

    /** Broad classes of failure that the UI and the retry policy treat differently. */
    public enum Kind { UNKNOWN_PROVIDER, NETWORK, TIMEOUT, RATE_LIMIT, AUTH, BAD_REQUEST, SERVER, CANCELLED, MALFORMED_RESPONSE }

    public static ProviderError cancelled() {
        return new ProviderError(Kind.CANCELLED, 0, "Cancelled", false);
    }
}
