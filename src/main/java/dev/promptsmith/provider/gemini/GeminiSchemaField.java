package dev.promptsmith.provider.gemini;

import dev.promptsmith.provider.http.Endpoint;
import java.util.Arrays;

/**
 * Where in {@code generationConfig} a response schema goes, chosen by the endpoint option
 * {@code schemaField}. {@code responseJsonSchema} (the default) takes JSON Schema as written;
 * {@code responseSchema} takes Gemini's OpenAPI 3.0 subset, for models or gateways that predate the
 * JSON Schema field (googleapis {@code google/ai/generativelanguage/v1beta/generative_service.proto}).
 */
enum GeminiSchemaField {
    RESPONSE_JSON_SCHEMA("responseJsonSchema"),
    RESPONSE_SCHEMA("responseSchema");

    /** Endpoint option naming the field. */
    static final String OPTION = "schemaField";

    private final String jsonName;

    GeminiSchemaField(String jsonName) {
        this.jsonName = jsonName;
    }

    String jsonName() {
        return jsonName;
    }

    /**
     * The field {@code endpoint} asks for.
     *
     * @throws IllegalArgumentException when the option names neither field: a settings mistake that
     *     must not silently send the schema some other way
     */
    static GeminiSchemaField forEndpoint(Endpoint endpoint) {
        String chosen = endpoint.option(OPTION, null);
        if (chosen == null || chosen.isBlank()) {
            return RESPONSE_JSON_SCHEMA;
        }
        return Arrays.stream(values()).filter(f -> f.jsonName.equalsIgnoreCase(chosen.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Gemini " + OPTION + " option '" + chosen
                        + "': use responseJsonSchema or responseSchema"));
    }
}
