package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dotprompt's Picoschema, the compact schema of {@code input.schema} and {@code output.schema}:
 * written from a prompt's variables on export, converted to JSON Schema on import.
 */
final class Picoschema {

    private static final Set<String> SCALARS = Set.of("string", "number", "integer", "boolean", "null", "any");
    private static final Set<String> JSON_SCHEMA_TYPES = Set.of("object", "array", "string", "number", "integer",
            "boolean", "null");
    /** {@code name}, {@code name?}, {@code name(array, description)}, {@code (*)}. */
    private static final Pattern FIELD = Pattern.compile("([^?(]*)(\\?)?(?:\\(([^,)]*)(?:,\\s*([^)]*))?\\))?");

    private Picoschema() {
    }

    /** One field per variable; its type from the sample value, {@code string} when there is none. */
    static Map<String, Object> ofVariables(List<String> variables, Map<String, Object> sample) {
        Map<String, Object> schema = new LinkedHashMap<>();
        for (String name : variables) {
            String kind = ValueKinds.of(sample.get(name));
            schema.put(name, kind.equals("array") || kind.equals("object") ? "any" : kind);
        }
        return schema;
    }

    /** JSON Schema for a Picoschema (or a JSON Schema, returned as it is); problems are added as messages. */
    static Map<String, Object> toJsonSchema(Object schema, List<String> problems) {
        if (schema instanceof Map<?, ?> map && (map.get("type") instanceof String type && JSON_SCHEMA_TYPES.contains(type)
                || map.containsKey("properties") || map.containsKey("$schema"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) map;
            return json;
        }
        return convert(schema, "schema", problems);
    }

    private static Map<String, Object> convert(Object value, String path, List<String> problems) {
        if (value instanceof String text) {
            return scalar(text, path, problems);
        }
        if (value instanceof Map<?, ?> fields) {
            return object(fields, path, problems);
        }
        problems.add(path + " must be a type name or an object of fields, found " + describe(value));
        return new LinkedHashMap<>();
    }

    private static Map<String, Object> object(Map<?, ?> fields, String path, List<String> problems) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Object additional = false;
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            Matcher m = FIELD.matcher(String.valueOf(entry.getKey()).strip());
            if (!m.matches()) {
                problems.add(path + ": '" + entry.getKey() + "' is not a Picoschema field name");
                continue;
            }
            String name = m.group(1).strip();
            String kind = m.group(3) == null ? null : m.group(3).strip();
            String fieldPath = path + "." + name;
            if (name.isEmpty() && "*".equals(kind)) {
                additional = convert(entry.getValue(), path + ".(*)", problems);
                continue;
            }
            Map<String, Object> field = field(kind, entry.getValue(), fieldPath, problems);
            if (m.group(4) != null && !m.group(4).isBlank()) {
                field.put("description", m.group(4).strip());
            }
            if (m.group(2) != null) {
                nullable(field);
            } else {
                required.add(name);
            }
            properties.put(name, field);
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", additional);
        return schema;
    }

    private static Map<String, Object> field(String kind, Object value, String path, List<String> problems) {
        if (kind == null) {
            return convert(value, path, problems);
        }
        switch (kind) {
            case "array" -> {
                Map<String, Object> array = new LinkedHashMap<>();
                array.put("type", "array");
                array.put("items", convert(value, path + "[]", problems));
                return array;
            }
            case "object" -> {
                return convert(value instanceof Map ? value : Map.of(), path, problems);
            }
            case "enum" -> {
                Map<String, Object> enumeration = new LinkedHashMap<>();
                enumeration.put("enum", value instanceof List<?> list ? list : List.of(String.valueOf(value)));
                return enumeration;
            }
            default -> {
                problems.add(path + ": '(" + kind + ")' is not a Picoschema type; expected array, object or enum");
                return new LinkedHashMap<>();
            }
        }
    }

    /** {@code type, description}, e.g. {@code string, the customer's name}. */
    private static Map<String, Object> scalar(String text, String path, List<String> problems) {
        String[] parts = text.split(",", 2);
        String type = parts[0].strip();
        Map<String, Object> schema = new LinkedHashMap<>();
        if (!SCALARS.contains(type)) {
            problems.add(path + ": '" + type + "' is not a Picoschema type; expected one of " + String.join(", ", SCALARS.stream().sorted().toList()));
        } else if (!type.equals("any")) {
            schema.put("type", type);
        }
        if (parts.length > 1 && !parts[1].isBlank()) {
            schema.put("description", parts[1].strip());
        }
        return schema;
    }

    private static void nullable(Map<String, Object> field) {
        Object type = field.get("type");
        if (type instanceof String t) {
            field.put("type", List.of(t, "null"));
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value instanceof List ? "a list" : "'" + value + "'";
    }
}
