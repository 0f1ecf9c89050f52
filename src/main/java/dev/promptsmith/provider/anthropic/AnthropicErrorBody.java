package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An error as the Messages API writes it, {@code {"type":"error","error":{"type","message"},"request_id"}},
 * in a non-2xx body or an SSE {@code error} event. Fields the server left out are null.
 */
record AnthropicErrorBody(String type, String message, String requestId) {

    /** Reads the documented shape, plus the {@code {"error":"…"}} and {@code {"message":"…"}} of proxies. */
    static AnthropicErrorBody read(JsonNode root) {
        JsonNode error = root.path("error");
        if (error.isTextual()) {
            return new AnthropicErrorBody(null, error.textValue(), null);
        }
        String message = AnthropicJson.text(error, "message");
        return new AnthropicErrorBody(AnthropicJson.text(error, "type"),
                message != null ? message : AnthropicJson.text(root, "message"),
                AnthropicJson.text(root, "request_id"));
    }

    boolean hasMessage() {
        return message != null && !message.isBlank();
    }

    /**
     * The provider's message followed by the error type and the request id (which Anthropic support asks
     * for), e.g. {@code Overloaded (overloaded_error, request req_011)}.
     */
    String describe() {
        StringBuilder details = new StringBuilder();
        if (type != null) {
            details.append(type);
        }
        if (requestId != null) {
            details.append(details.length() == 0 ? "" : ", ").append("request ").append(requestId);
        }
        String text = hasMessage() ? message.strip() : "No message";
        return details.length() == 0 ? text : text + " (" + details + ")";
    }
}
