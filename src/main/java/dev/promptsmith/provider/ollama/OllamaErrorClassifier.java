package dev.promptsmith.provider.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies Ollama errors, {@code {"error":"…"}}. The body has no type, so the kind comes from the
 * status: 404 is a model that is not pulled (or a wrong base URL), 503 is Ollama's "server busy"
 * queue limit, other 5xx are runner faults.
 */
final class OllamaErrorClassifier {

    private static final Set<Kind> RETRYABLE = EnumSet.of(Kind.RATE_LIMIT, Kind.OVERLOADED, Kind.SERVER, Kind.TIMEOUT);

    private final ObjectMapper mapper;

    OllamaErrorClassifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ErrorReport classify(int status, String body) {
        String message = message(status, body);
        Kind kind = kindForStatus(status, message);
        return new ErrorReport(new ProviderError(kind, status, message, RETRYABLE.contains(kind)), -1);
    }

    private String message(int status, String body) {
        JsonNode root = parse(body);
        if (root == null) {
            return BodyExcerpt.describeNonJson(status, body);
        }
        JsonNode error = root.path("error");
        if (error.isTextual() && !error.asText().isBlank()) {
            return error.asText().strip();
        }
        // A proxy or an OpenAI-style gateway in front of Ollama: {"error":{"message":"…"}}.
        if (error.path("message").isTextual()) {
            return error.path("message").asText().strip();
        }
        return "HTTP " + status + " from Ollama, not its error format: " + BodyExcerpt.of(body);
    }

    private static Kind kindForStatus(int status, String message) {
        return switch (status) {
            case 401 -> Kind.AUTH;
            case 403 -> Kind.PERMISSION;
            case 404 -> Kind.NOT_FOUND;
            case 408 -> Kind.TIMEOUT;
            case 409 -> Kind.SERVER;
            case 429 -> Kind.RATE_LIMIT;
            case 529 -> Kind.OVERLOADED;
            case 503 -> message.toLowerCase(Locale.ROOT).contains("busy") ? Kind.OVERLOADED : Kind.SERVER;
            default -> status >= 500 ? Kind.SERVER : Kind.BAD_REQUEST;
        };
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = mapper.readTree(body);
            return root.isObject() ? root : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
