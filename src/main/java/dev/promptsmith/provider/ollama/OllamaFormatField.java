package dev.promptsmith.provider.ollama;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ResponseFormat;
import java.util.Locale;

/**
 * The {@code format} field of {@code /api/chat} for a {@link ResponseFormat}: the schema as a JSON
 * tree, or {@code "json"} for any JSON (reference §1.5). Ollama constrains {@code message.content}
 * to it, so the answer is read as usual.
 */
final class OllamaFormatField {

    private final ObjectMapper mapper;

    OllamaFormatField(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws IllegalArgumentException when the schema is not a JSON object; the transport reports it
     *     as a configuration error on the cell
     */
    JsonNode value(ResponseFormat format) {
        if (!format.hasSchema()) {
            return mapper.getNodeFactory().textNode("json");
        }
        JsonNode schema;
        try {
            schema = mapper.readTree(format.schema());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new IllegalArgumentException("The response schema '" + format.name() + "' is not valid JSON: "
                    + e.getOriginalMessage() + where, e);
        }
        if (schema == null || !schema.isObject()) {
            String got = schema == null || schema.isMissingNode() ? "nothing"
                    : schema.getNodeType().toString().toLowerCase(Locale.ROOT);
            throw new IllegalArgumentException("The response schema '" + format.name()
                    + "' must be a JSON object, got " + got);
        }
        return schema;
    }
}
