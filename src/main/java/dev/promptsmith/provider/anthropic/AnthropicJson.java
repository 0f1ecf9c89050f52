package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.http.MalformedResponseException;

/** Parses the JSON the Messages API sends, turning bad JSON into a message that says what was expected. */
final class AnthropicJson {

    /** Longest excerpt of a bad body put into a message: enough to recognise it, too short to flood a log. */
    static final int EXCERPT_LIMIT = 120;

    private AnthropicJson() {
    }

    /** The JSON object in {@code text}; {@code expected} names it for the error message. */
    static JsonNode object(ObjectMapper mapper, String text, String expected) throws MalformedResponseException {
        JsonNode node;
        try {
            node = text == null ? null : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(
                    "Expected " + expected + " as JSON, got malformed JSON: " + excerpt(text), e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException("Expected " + expected + " as a JSON object, got: " + excerpt(text));
        }
        return node;
    }

    /** The text on one line, whitespace collapsed, cut to {@link #EXCERPT_LIMIT} characters. */
    static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "(empty)";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT_LIMIT ? line : line.substring(0, EXCERPT_LIMIT - 1) + "…";
    }

    /** A text field, or null when it is absent, null or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }
}
