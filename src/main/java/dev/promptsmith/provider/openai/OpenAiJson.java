package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;
import java.util.Optional;

/** Parses response text into JSON objects and says what was wrong, with a short excerpt, when it is not one. */
final class OpenAiJson {

    private final ObjectMapper mapper;

    OpenAiJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The text as a JSON object, or an exception naming {@code expected} and quoting the start of the text. */
    JsonNode object(String text, String expected) throws MalformedResponseException {
        try {
            JsonNode node = text == null ? null : mapper.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException(malformed(expected, text), e);
        }
        throw new MalformedResponseException(malformed(expected, text));
    }

    /** The text as a JSON object, or empty when it is anything else. */
    Optional<JsonNode> objectIfAny(String text) {
        return ErrorBodies.parse(mapper, text).filter(JsonNode::isObject);
    }

    static String malformed(String expected, String text) {
        return "Expected " + expected + ", got: " + ErrorBodies.excerpt(text);
    }

    /** A text field, or null when it is missing, null or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
