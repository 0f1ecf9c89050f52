package dev.promptsmith.provider.anthropic;

import dev.promptsmith.provider.ProviderError.Kind;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documented {@code error.type} values of the Messages API with how each is treated (reference §1.3,
 * "Errors"). The type decides over the HTTP status because it is the more specific of the two: a
 * {@code billing_error} is never retried, whatever status it comes with.
 */
enum AnthropicErrorType {
    INVALID_REQUEST("invalid_request_error", Kind.BAD_REQUEST, false),
    AUTHENTICATION("authentication_error", Kind.AUTH, false),
    BILLING("billing_error", Kind.QUOTA, false),
    PERMISSION("permission_error", Kind.PERMISSION, false),
    NOT_FOUND("not_found_error", Kind.NOT_FOUND, false),
    REQUEST_TOO_LARGE("request_too_large", Kind.BAD_REQUEST, false),
    RATE_LIMIT("rate_limit_error", Kind.RATE_LIMIT, true),
    API("api_error", Kind.SERVER, true),
    // 504 from Anthropic's side: a server fault to retry, not one of our own (client-side) timeouts.
    TIMEOUT("timeout_error", Kind.SERVER, true),
    OVERLOADED("overloaded_error", Kind.OVERLOADED, true);

    private static final Map<String, AnthropicErrorType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> t.wireName, Function.identity()));

    private final String wireName;
    private final Kind kind;
    private final boolean retryable;

    AnthropicErrorType(String wireName, Kind kind, boolean retryable) {
        this.wireName = wireName;
        this.kind = kind;
        this.retryable = retryable;
    }

    static Optional<AnthropicErrorType> fromWireName(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    Kind kind() {
        return kind;
    }

    boolean retryable() {
        return retryable;
    }
}
