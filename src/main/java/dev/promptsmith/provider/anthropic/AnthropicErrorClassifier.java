package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.StatusKinds;
import java.util.Optional;

/**
 * Turns Messages API errors into {@link ProviderError}s: non-2xx bodies by {@code error.type} (falling
 * back to the HTTP status when the type is missing or unknown, or the body is not JSON), and errors the
 * server reports inside a 200 stream or body as {@link Kind#STREAM_ERROR}.
 */
final class AnthropicErrorClassifier {

    private final ObjectMapper mapper;

    AnthropicErrorClassifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A non-2xx response. Never reads headers: retry hints there are the transport's business. */
    ProviderError httpError(int status, String body) {
        JsonNode root = ErrorBodies.parse(mapper, body).orElse(null);
        Kind byStatus = StatusKinds.kindOf(status);
        boolean retryableByStatus = StatusKinds.isRetryable(byStatus);
        if (root == null || !root.isObject()) {
            String message = root == null ? ErrorBodies.describeNonJson(status, body) : undocumentedJson(status, body);
            return new ProviderError(byStatus, status, message, retryableByStatus);
        }
        AnthropicErrorBody error = AnthropicErrorBody.read(root);
        Optional<AnthropicErrorType> type = AnthropicErrorType.fromWireName(error.type());
        String message = error.hasMessage() || error.type() != null ? error.describe() : undocumentedJson(status, body);
        return new ProviderError(type.map(AnthropicErrorType::kind).orElse(byStatus), status, message,
                type.map(AnthropicErrorType::retryable).orElse(retryableByStatus));
    }

    /**
     * An error event (or error body) after HTTP 200. Its kind is always {@link Kind#STREAM_ERROR} so the
     * caller knows the text before it may be partial; retrying is worth it for overload, rate limits and
     * server faults, as for the same errors outside a stream.
     */
    static ProviderError after200(AnthropicErrorBody error) {
        boolean retryable = AnthropicErrorType.fromWireName(error.type())
                .map(AnthropicErrorType::retryable).orElse(false);
        return new ProviderError(Kind.STREAM_ERROR, 200, error.describe(), retryable);
    }

    /** For JSON that parsed but is not the documented error shape. */
    private static String undocumentedJson(int status, String body) {
        return "HTTP " + status + " from the server, body is not Anthropic's error JSON: " + ErrorBodies.excerpt(body);
    }
}
