package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our {@code contains-json} with an object ("some JSON object in the output has these fields with
 * these values, at any depth") as the JSON Schema promptfoo's {@code contains-json} validates against:
 * objects require the named properties, arrays match item by item, every leaf is a {@code const}.
 * The schema's shape is exact enough to be turned back into the object on import.
 */
final class JsonSubsetSchema {

    private static final Set<String> OBJECT_KEYS = Set.of("type", "properties", "required");
    private static final Set<String> ARRAY_KEYS = Set.of("type", "items", "minItems", "maxItems");
    /** Stands for a {@code const: null} leaf, which an Optional cannot hold. */
    private static final Object NULL = new Object();

    private JsonSubsetSchema() {
    }

    static Map<String, Object> toSchema(Object expected) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (expected instanceof Map<?, ?> map && !map.isEmpty()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            map.forEach((k, v) -> properties.put(String.valueOf(k), toSchema(v)));
            schema.put("type", "object");
            schema.put("properties", properties);
            schema.put("required", new ArrayList<>(properties.keySet()));
        } else if (expected instanceof List<?> list && !list.isEmpty()) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(toSchema(item)));
            schema.put("type", "array");
            schema.put("items", items);
            schema.put("minItems", list.size());
            schema.put("maxItems", list.size());
        } else {
            schema.put("const", expected);
        }
        return schema;
    }

    /** The expected object a schema of exactly this shape stands for, or empty for any other schema. */
    static Optional<Object> fromSchema(Object schema) {
        if (!(schema instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        if (map.size() == 1 && map.containsKey("const")) {
            return Optional.ofNullable(map.get("const")).or(() -> Optional.of(NULL));
        }
        if ("object".equals(map.get("type")) && map.keySet().equals(OBJECT_KEYS)
                && map.get("properties") instanceof Map<?, ?> properties && !properties.isEmpty()
                && map.get("required") instanceof List<?> required
                && new HashSet<>(required).equals(properties.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()))) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : properties.entrySet()) {
                Optional<Object> value = fromSchema(e.getValue());
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                object.put(String.valueOf(e.getKey()), unwrap(value.get()));
            }
            return Optional.of(object);
        }
        if ("array".equals(map.get("type")) && map.keySet().equals(ARRAY_KEYS) && map.get("items") instanceof List<?> items
                && !items.isEmpty() && sizeIs(map.get("minItems"), items.size()) && sizeIs(map.get("maxItems"), items.size())) {
            List<Object> list = new ArrayList<>();
            for (Object item : items) {
                Optional<Object> value = fromSchema(item);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                list.add(unwrap(value.get()));
            }
            return Optional.of(list);
        }
        return Optional.empty();
    }

    static Object unwrap(Object value) {
        return value == NULL ? null : value;
    }

    private static boolean sizeIs(Object value, int size) {
        return value instanceof Number n && n.intValue() == size && n.doubleValue() == size;
    }
}
