package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.http.Endpoint;
import java.util.Locale;

/**
 * Writes {@code response_format} (Structured Outputs): a {@code json_schema} carrying the prompt's
 * schema, or JSON mode when the prompt wants any JSON object. llama.cpp, vLLM, LM Studio and
 * Ollama's {@code /v1} read the same {@code json_schema} field, so only "any JSON" differs by server.
 */
final class OpenAiResponseFormat {

    private final ObjectMapper mapper;

    OpenAiResponseFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The {@code response_format} object for {@code format}.
     *
     * @throws IllegalArgumentException when the schema is not a JSON object or an option has an unknown value
     */
    ObjectNode write(Endpoint endpoint, ResponseFormat format) {
        boolean strict = strict(endpoint);
        if (format.hasSchema()) {
            return jsonSchema(format.name(), parse(format), strict);
        }
        String anyJson = endpoint.option(OpenAiEndpointOptions.ANY_JSON, OpenAiEndpointOptions.ANY_JSON_OBJECT);
        if (OpenAiEndpointOptions.ANY_JSON_SCHEMA.equals(anyJson)) {
            return jsonSchema(format.name(), mapper.createObjectNode().put("type", "object"), strict);
        }
        if (!OpenAiEndpointOptions.ANY_JSON_OBJECT.equals(anyJson)) {
            throw new IllegalArgumentException("Unknown " + OpenAiEndpointOptions.ANY_JSON + " option '" + anyJson
                    + "'; expected " + OpenAiEndpointOptions.ANY_JSON_OBJECT + " or " + OpenAiEndpointOptions.ANY_JSON_SCHEMA);
        }
        // OpenAI answers 400 unless the word "JSON" appears somewhere in the messages. The prompt is the
        // user's to write, so it is sent as written and the 400 explains itself.
        return mapper.createObjectNode().put("type", "json_object");
    }

    private ObjectNode jsonSchema(String name, JsonNode schema, boolean strict) {
        ObjectNode format = mapper.createObjectNode().put("type", "json_schema");
        ObjectNode jsonSchema = format.putObject("json_schema").put("name", name);
        jsonSchema.set("schema", schema);
        jsonSchema.put("strict", strict);
        return format;
    }

    private JsonNode parse(ResponseFormat format) {
        JsonNode schema;
        try {
            schema = mapper.readTree(format.schema());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new IllegalArgumentException("The JSON schema '" + format.name() + "' is not valid JSON" + where
                    + ": " + e.getOriginalMessage(), e);
        }
        // JSON Schema also allows true/false as a whole schema; OpenAI takes only an object.
        if (schema == null || !schema.isObject()) {
            throw new IllegalArgumentException("The JSON schema '" + format.name() + "' must be a JSON object {…}");
        }
        return schema;
    }

    private static boolean strict(Endpoint endpoint) {
        String value = endpoint.option(OpenAiEndpointOptions.STRICT_SCHEMA, "false").strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            // A typo must not quietly leave strict mode off.
            throw new IllegalArgumentException("Unknown " + OpenAiEndpointOptions.STRICT_SCHEMA + " option '"
                    + value + "'; expected true or false");
        }
        return Boolean.parseBoolean(value);
    }
}
