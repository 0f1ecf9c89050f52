package dev.promptsmith.provider.http;

import dev.promptsmith.provider.ProviderError.Kind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What an HTTP status alone says about a failed call, for when the body names no error type. */
public final class StatusKinds {

    private static final Map<Integer, Kind> KIND_BY_STATUS = Map.ofEntries(
            Map.entry(400, Kind.BAD_REQUEST),
            Map.entry(401, Kind.AUTH),
            // Payment Required: out of credit (OpenRouter; Anthropic sends a billing_error with it).
            Map.entry(402, Kind.QUOTA),
            Map.entry(403, Kind.PERMISSION),
            Map.entry(404, Kind.NOT_FOUND),
            Map.entry(408, Kind.TIMEOUT),
            // The official SDKs retry 409 (a lock held briefly on the server); no kind is closer than SERVER.
            Map.entry(409, Kind.SERVER),
            Map.entry(413, Kind.BAD_REQUEST),
            Map.entry(422, Kind.BAD_REQUEST),
            Map.entry(429, Kind.RATE_LIMIT),
            Map.entry(529, Kind.OVERLOADED));

    private static final Set<Kind> RETRYABLE = EnumSet.of(Kind.RATE_LIMIT, Kind.OVERLOADED, Kind.SERVER, Kind.TIMEOUT);

    private StatusKinds() {
    }

    /**
     * The kind {@code status} means; any other 5xx is a server fault, any other status a bad request.
     * Wire formats lay their own exceptions over this (a 503 whose words say "overloaded").
     */
    public static Kind kindOf(int status) {
        return KIND_BY_STATUS.getOrDefault(status, status >= 500 ? Kind.SERVER : Kind.BAD_REQUEST);
    }

    /** Whether an error of this kind may succeed when tried again: rate limits, overload, server faults, timeouts. */
    public static boolean isRetryable(Kind kind) {
        return RETRYABLE.contains(kind);
    }
}
