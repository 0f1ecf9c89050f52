package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.provider.ResponseFormat;
import java.util.List;
import java.util.Locale;

/**
 * The {@code input_schema} of the answer tool, built from a {@link ResponseFormat}'s schema text.
 *
 * <p>The API takes only object schemas there ({@code input_schema.type} is the constant
 * {@code "object"}), so a schema whose top-level {@code type} is anything else (an array, a string, a
 * union, no type at all) is wrapped as {@code {"type":"object","properties":{"value": schema},
 * "required":["value"]}} and the decoders give back {@code value}. Wrapping moves the schema one level
 * down, which would break its {@code "#/$defs/…"} references; so {@code $defs}, {@code definitions}
 * and {@code $schema} move up to the wrapper, where those references find them again.
 */
record AnswerSchema(ObjectNode tree, boolean wrapped) {

    static final String WRAPPER_PROPERTY = "value";

    /** Keywords that belong to the root of a schema document, not to the schema that moves down. */
    private static final List<String> ROOT_KEYWORDS = List.of("$schema", "$defs", "definitions");

    /**
     * The schema to send for {@code format}: its own tree, the wrapped tree, or {@code {"type":"object"}}
     * when it has none (any JSON object).
     *
     * @throws IllegalArgumentException when the text is not JSON or not a JSON Schema (an object or a
     *                                  boolean)
     */
    static AnswerSchema of(ObjectMapper mapper, ResponseFormat format) {
        if (!format.hasSchema()) {
            ObjectNode any = mapper.createObjectNode();
            any.put("type", "object");
            return new AnswerSchema(any, false);
        }
        JsonNode schema = parse(mapper, format);
        if (schema.isObject() && "object".equals(AnthropicJson.text(schema, "type"))) {
            return new AnswerSchema((ObjectNode) schema, false);
        }
        return new AnswerSchema(wrap(mapper, schema), true);
    }

    private static JsonNode parse(ObjectMapper mapper, ResponseFormat format) {
        JsonNode schema;
        try {
            // Trailing text after the schema would otherwise be dropped without a word.
            schema = AnthropicJson.exactNumbers(mapper).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(format.schema());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The JSON schema '" + format.name() + "' is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (schema == null || schema.isMissingNode()) {
            throw new IllegalArgumentException("The JSON schema '" + format.name() + "' is empty");
        }
        if (!schema.isObject() && !schema.isBoolean()) {
            throw new IllegalArgumentException("The JSON schema '" + format.name()
                    + "' is not a JSON Schema: expected an object, got " + schema.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return schema;
    }

    private static ObjectNode wrap(ObjectMapper mapper, JsonNode schema) {
        ObjectNode wrapper = mapper.createObjectNode();
        if (schema.isObject()) {
            ObjectNode inner = ((ObjectNode) schema).deepCopy();
            for (String keyword : ROOT_KEYWORDS) {
                JsonNode moved = inner.remove(keyword);
                if (moved != null) {
                    wrapper.set(keyword, moved);
                }
            }
            schema = inner;
        }
        wrapper.put("type", "object");
        wrapper.putObject("properties").set(WRAPPER_PROPERTY, schema);
        wrapper.putArray("required").add(WRAPPER_PROPERTY);
        return wrapper;
    }
}
