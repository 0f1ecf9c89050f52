package dev.promptsmith.provider.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.StatusKinds;
import dev.promptsmith.provider.http.WireFormat.ErrorReport;
import java.util.Locale;

/**
 * Classifies Ollama errors, {@code {"error":"…"}}. The body has no type, so the kind comes from the
 * status: 404 is a model that is not pulled (or a wrong base URL), 503 is Ollama's "server busy"
 * queue limit, other 5xx are runner faults.
 */
final class OllamaErrorClassifier {

    private final ObjectMapper mapper;

    OllamaErrorClassifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ErrorReport classify(int status, String body) {
        String message = message(status, body);
        Kind kind = kindForStatus(status, message);
        return new ErrorReport(new ProviderError(kind, status, message, StatusKinds.isRetryable(kind)), -1);
    }

    private String message(int status, String body) {
        JsonNode root = ErrorBodies.parse(mapper, body).filter(JsonNode::isObject).orElse(null);
        if (root == null) {
            return ErrorBodies.describeNonJson(status, body);
        }
        JsonNode error = root.path("error");
        if (error.isTextual() && !error.asText().isBlank()) {
            return error.asText().strip();
        }
        // A proxy or an OpenAI-style gateway in front of Ollama: {"error":{"message":"…"}}.
        if (error.path("message").isTextual()) {
            return error.path("message").asText().strip();
        }
        return "HTTP " + status + " from Ollama, not its error format: " + ErrorBodies.excerpt(body);
    }

    private static Kind kindForStatus(int status, String message) {
        // Ollama's queue limit is 503 "server busy"; other 503s (a model still loading) are plain faults.
        if (status == 503 && message.toLowerCase(Locale.ROOT).contains("busy")) {
            return Kind.OVERLOADED;
        }
        return StatusKinds.kindOf(status);
    }
}
