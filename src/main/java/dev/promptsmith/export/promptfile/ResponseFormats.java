package dev.promptsmith.export.promptfile;

import java.util.LinkedHashMap;
import java.util.Map;

/** OpenAI's {@code response_format} for a prompt that asks for JSON, as Prompty and promptfoo pass it on. */
final class ResponseFormats {

    private ResponseFormats() {
    }

    /** {@code json_schema} with the prompt's schema, else {@code json_object}. */
    static Map<String, Object> openAi(PortablePrompt p) {
        Map<String, Object> format = new LinkedHashMap<>();
        if (p.outputSchema() == null) {
            format.put("type", "json_object");
            return format;
        }
        Map<String, Object> jsonSchema = new LinkedHashMap<>();
        jsonSchema.put("name", p.schemaName());
        jsonSchema.put("schema", p.outputSchema());
        format.put("type", "json_schema");
        format.put("json_schema", jsonSchema);
        return format;
    }
}
