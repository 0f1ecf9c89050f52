package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
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
        JsonNode root = parseQuietly(body);
        if (root == null || !root.isObject()) {
            String message = root == null ? ErrorBodyText.describe(status, body)
                    : ErrorBodyText.undocumentedJson(status, body);
            return new ProviderError(kindForStatus(status), status, message, retryableStatus(status));
        }
        AnthropicErrorBody error = AnthropicErrorBody.read(root);
        Optional<AnthropicErrorType> type = AnthropicErrorType.fromWireName(error.type());
        String message = error.hasMessage() || error.type() != null ? error.describe()
                : ErrorBodyText.undocumentedJson(status, body);
        return new ProviderError(type.map(AnthropicErrorType::kind).orElse(kindForStatus(status)), status, message,
                type.map(AnthropicErrorType::retryable).orElse(retryableStatus(status)));
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

    /** The kind an HTTP status means when the body does not say more (reference §1.3 and the common brief). */
    static Kind kindForStatus(int status) {
        return switch (status) {
            case 400, 413, 422 -> Kind.BAD_REQUEST;
            case 401 -> Kind.AUTH;
            case 402 -> Kind.QUOTA;
            case 403 -> Kind.PERMISSION;
            case 404 -> Kind.NOT_FOUND;
            case 408 -> Kind.TIMEOUT;
            case 429 -> Kind.RATE_LIMIT;
            case 529 -> Kind.OVERLOADED;
            // 409 is a conflict the official SDKs retry (e.g. a lock held briefly): closest to a server fault.
            case 409 -> Kind.SERVER;
            default -> status >= 500 ? Kind.SERVER : Kind.BAD_REQUEST;
        };
    }

    static boolean retryableStatus(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private JsonNode parseQuietly(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException notJson) {
            // Expected for proxy pages; ErrorBodyText describes the body instead.
            return null;
        }
    }
}
