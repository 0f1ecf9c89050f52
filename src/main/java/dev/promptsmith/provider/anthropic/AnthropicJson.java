package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;

/** Parses the JSON the Messages API sends, turning bad JSON into a message that says what was expected. */
final class AnthropicJson {

    private AnthropicJson() {
    }

    /**
     * A reader that keeps decimals as written: {@code 1250.00} stays {@code 1250.00} and long numbers
     * keep every digit, where doubles would give {@code 1250.0} and round. JSON that the model or the
     * user wrote (a structured answer, a schema) then goes on unchanged.
     */
    static ObjectReader exactNumbers(ObjectMapper mapper) {
        return mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** The JSON object in {@code text}; {@code expected} names it for the error message. */
    static JsonNode object(ObjectMapper mapper, String text, String expected) throws MalformedResponseException {
        return object(mapper.reader(), text, expected);
    }

    /** As {@link #object(ObjectMapper, String, String)}, read by {@code reader}. */
    static JsonNode object(ObjectReader reader, String text, String expected) throws MalformedResponseException {
        JsonNode node;
        try {
            node = text == null ? null : reader.readTree(text);
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
