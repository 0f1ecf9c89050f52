package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.http.ErrorBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an error body that matter: OpenAI's {@code {"error":{message,type,param,code}}}, and the
 * shapes compatible servers use instead (vLLM's and Mistral's top-level {@code "object":"error"},
 * a bare {@code "error":"text"}, FastAPI's {@code detail}).
 *
 * @param message null when the body carries none
 * @param code the code as text (OpenRouter sends numbers), or null
 */
record OpenAiErrorBody(String message, String type, String code) {

    /** Words in {@code type} or {@code code} that mean "out of credit": retrying cannot help. */
    private static final Set<String> QUOTA_WORDS =
            Set.of("insufficient_quota", "billing_hard_limit_reached", "billing_not_active");

    /** The error in a parsed body, or empty when the JSON has no recognisable error in it. */
    static Optional<OpenAiErrorBody> from(JsonNode root) {
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            return Optional.of(of(error));
        }
        if (error != null && error.isTextual()) {
            return Optional.of(new OpenAiErrorBody(error.asText(), null, null));
        }
        if ("error".equalsIgnoreCase(OpenAiJson.text(root, "object")) || root.has("message") || root.has("detail")) {
            return Optional.of(of(root));
        }
        return Optional.empty();
    }

    /**
     * An error inside a 200 body or stream chunk: only an {@code error} field or {@code "object":"error"}
     * count there, since an ordinary answer may well have a {@code message}.
     */
    static Optional<OpenAiErrorBody> inSuccessBody(JsonNode root) {
        JsonNode error = root.get("error");
        boolean present = error != null && !error.isNull() || "error".equalsIgnoreCase(OpenAiJson.text(root, "object"));
        return present ? from(root) : Optional.empty();
    }

    private static OpenAiErrorBody of(JsonNode error) {
        String message = describe(error.get("message"));
        if (message == null || message.isBlank()) {
            message = describe(error.get("detail"));
        }
        if (message != null && message.isBlank()) {
            message = null;
        }
        return new OpenAiErrorBody(message, OpenAiJson.text(error, "type"), codeText(error.get("code")));
    }

    /** A message that may be text, or (Mistral, FastAPI) validation details: {@code [{loc:[…], msg}]}. */
    private static String describe(JsonNode message) {
        if (message == null || message.isNull()) {
            return null;
        }
        if (message.isTextual()) {
            return message.asText();
        }
        JsonNode details = message.has("detail") ? message.get("detail") : message;
        if (details.isArray()) {
            List<String> parts = new ArrayList<>();
            details.forEach(detail -> parts.add(describeDetail(detail)));
            return String.join("; ", parts);
        }
        return ErrorBodies.excerpt(message.toString());
    }

    private static String describeDetail(JsonNode detail) {
        String msg = OpenAiJson.text(detail, "msg");
        if (msg == null) {
            return ErrorBodies.excerpt(detail.toString());
        }
        List<String> location = new ArrayList<>();
        detail.path("loc").forEach(part -> location.add(part.asText()));
        return location.isEmpty() ? msg : String.join(".", location) + ": " + msg;
    }

    private static String codeText(JsonNode code) {
        return code == null || code.isNull() ? null : code.asText();
    }

    /** The kind the body's own words imply, whatever the HTTP status says; empty when they imply none. */
    Optional<Kind> impliedKind() {
        String words = ((type == null ? "" : type) + " " + (code == null ? "" : code)).toLowerCase(Locale.ROOT);
        if (type != null && QUOTA_WORDS.contains(type) || code != null && QUOTA_WORDS.contains(code)) {
            return Optional.of(Kind.QUOTA);
        }
        if (words.contains("overloaded")) {
            return Optional.of(Kind.OVERLOADED);
        }
        if (words.contains("rate_limit")) {
            return Optional.of(Kind.RATE_LIMIT);
        }
        if (words.contains("server_error") || words.contains("internal_error")) {
            return Optional.of(Kind.SERVER);
        }
        return Optional.empty();
    }

    /** The code as an HTTP status when it looks like one (OpenRouter puts 429, 502 … there), else 0. */
    int codeAsStatus() {
        if (code != null && code.matches("[1-5][0-9][0-9]")) {
            return Integer.parseInt(code);
        }
        return 0;
    }
}
