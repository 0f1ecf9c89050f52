package dev.promptsmith.provider;

/**
 * A failed call, as data: one failing cell never aborts a run.
 *
 * @param status the HTTP status, or 0 when there was no HTTP response
 * @param message the provider's own message where it gave one; never contains an API key
 * @param retryable whether trying again may succeed (rate limits, overload, network faults)
 */
public record ProviderError(Kind kind, int status, String message, boolean retryable) {

    /** Broad classes of failure that the UI and the retry policy treat differently. */
    public enum Kind {
        /** The project names a provider that is not registered. */
        UNKNOWN_PROVIDER,
        /** Missing key or base URL, or another setting the call cannot do without. */
        CONFIG,
        /** Connection refused, reset, DNS failure. */
        NETWORK,
        /** Connect, stalled-stream or whole-request timeout. */
        TIMEOUT,
        /** 429 for rate limits: retryable. */
        RATE_LIMIT,
        /** Out of credit ({@code insufficient_quota}, billing): never retried. */
        QUOTA,
        /** 401: the key is wrong or missing. */
        AUTH,
        /** 403: the key may not use this model or feature. */
        PERMISSION,
        /** 404: no such model or endpoint. */
        NOT_FOUND,
        /** 400, 413, 422: the request itself is wrong. */
        BAD_REQUEST,
        /** 529 or an {@code overloaded_error}: retryable. */
        OVERLOADED,
        /** 5xx. */
        SERVER,
        /** The user stopped the call. */
        CANCELLED,
        /** The body is not the documented format (HTML from a proxy, bad JSON, empty). */
        MALFORMED_RESPONSE,
        /** The stream ended before its end marker; the text received so far is kept. */
        STREAM_CUT,
        /** The server reported an error inside a successful (200) stream. */
        STREAM_ERROR
    }

    public static ProviderError cancelled() {
        return new ProviderError(Kind.CANCELLED, 0, "Cancelled", false);
    }
}
