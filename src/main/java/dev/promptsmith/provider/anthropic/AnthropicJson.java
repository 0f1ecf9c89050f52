package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;

/** Parses the JSON the Messages API sends, turning bad JSON into a message that says what was expected. */
final class AnthropicJson {

    private AnthropicJson() {
    }

    /** The JSON object in {@code text}; {@code expected} names it for the error message. */
    static JsonNode object(ObjectMapper mapper, String text, String expected) throws MalformedResponseException {
        JsonNode node;
        try {
            node = text == null ? null : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(
                    "Expected " + expected + " as JSON, got malformed JSON: " + ErrorBodies.excerpt(text), e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException(
                    "Expected " + expected + " as a JSON object, got: " + ErrorBodies.excerpt(text));
        }
        return node;
    }

    /** A text field, or null when it is absent, null or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }
}
