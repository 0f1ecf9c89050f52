package dev.promptsmith.provider;

/**
 * A request for JSON output, sent in each provider's native way (structured output).
 *
 * @param name a short name for the schema (letters, digits, {@code _} and {@code -}, at most 64), as
 *             OpenAI's {@code json_schema.name} requires
 * @param schema the JSON Schema as JSON text, or null for "any JSON object"
 */
public record ResponseFormat(String name, String schema) {

    public ResponseFormat {
        name = sanitize(name);
    }

    /** Any JSON object, no schema. */
    public static ResponseFormat anyJson() {
        return new ResponseFormat("response", null);
    }

    public boolean hasSchema() {
        return schema != null;
    }

    private static String sanitize(String raw) {
        String cleaned = raw == null ? "" : raw.replaceAll("[^A-Za-z0-9_-]", "_");
        if (cleaned.isEmpty()) {
            cleaned = "response";
        }
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
