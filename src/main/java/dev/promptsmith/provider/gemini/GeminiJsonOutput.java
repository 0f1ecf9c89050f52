package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.http.Endpoint;
import java.util.Locale;

/**
 * Writes a {@link ResponseFormat} into {@code generationConfig}: {@code responseMimeType:
 * "application/json"} always, plus the schema as a JSON tree in the field the endpoint's
 * {@link GeminiSchemaField} names. The answer still comes back as the candidate's text.
 */
final class GeminiJsonOutput {

    static final String JSON_MIME_TYPE = "application/json";

    private final ObjectMapper mapper;
    private final GeminiOpenApiSchema openApi;

    GeminiJsonOutput(ObjectMapper mapper) {
        this.mapper = mapper;
        this.openApi = new GeminiOpenApiSchema(mapper);
    }

    /**
     * @throws IllegalArgumentException when the schema is not a JSON object or the endpoint names an
     *     unknown schema field; the transport reports either as a configuration error on the cell
     */
    void addTo(ObjectNode config, ResponseFormat format, Endpoint endpoint) {
        config.put("responseMimeType", JSON_MIME_TYPE);
        if (!format.hasSchema()) {
            return;
        }
        JsonNode schema = parse(format);
        // Only read when a schema goes out, so a mistyped option cannot fail plain-text cells.
        GeminiSchemaField field = GeminiSchemaField.forEndpoint(endpoint);
        config.set(field.jsonName(), field == GeminiSchemaField.RESPONSE_SCHEMA ? openApi.translate(schema) : schema);
    }

    private JsonNode parse(ResponseFormat format) {
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
            String got = schema == null || schema.isMissingNode() ? "nothing" : schema.getNodeType().toString().toLowerCase(Locale.ROOT);
            throw new IllegalArgumentException("The response schema '" + format.name()
                    + "' must be a JSON object, got " + got);
        }
        return schema;
    }
}
