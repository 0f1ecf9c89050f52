package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates JSON Schema into the OpenAPI 3.0 subset of Gemini's classic {@code responseSchema}.
 *
 * <p>The subset is the {@code Schema} message of googleapis
 * {@code google/ai/generativelanguage/v1beta/content.proto}: {@code type} (an upper-case enum),
 * {@code format}, {@code title}, {@code description}, {@code nullable}, {@code enum} (strings only),
 * {@code items}, {@code minItems}, {@code maxItems}, {@code properties}, {@code required},
 * {@code minimum}, {@code maximum}, {@code anyOf}, {@code propertyOrdering} and {@code default}. The
 * request is read as that proto, so any other key is an "unknown name" 400; hence the translation:
 * <ul>
 *   <li>{@code "type": [T, "null"]}, a {@code null} in {@code enum} and a {@code {"type":"null"}}
 *       branch of {@code anyOf}/{@code oneOf} become {@code nullable: true}; several non-null types
 *       become an {@code anyOf} with one branch per type;</li>
 *   <li>{@code oneOf} is sent as {@code anyOf}; {@code allOf} is merged into one schema; a string
 *       {@code const} becomes a one-value {@code enum};</li>
 *   <li>local {@code $ref}s ({@code #/$defs/…}, {@code #/definitions/…}) are inlined; a recursive one
 *       stops at its target's bare type, since the subset cannot refer back;</li>
 *   <li>{@code format} is kept only where the proto allows it (date-time and enum for strings,
 *       float/double, int32/int64), so {@code "format": "date"} is dropped;</li>
 *   <li>{@code propertyOrdering} is filled in from the order the properties are written in, because
 *       the proto's {@code properties} map carries no order;</li>
 *   <li>everything else is dropped: {@code $schema}, {@code $id}, {@code $defs}, remote refs,
 *       {@code additionalProperties}, {@code pattern}, {@code minLength}, {@code maxLength},
 *       {@code exclusiveMinimum}/{@code exclusiveMaximum}, {@code multipleOf}, {@code uniqueItems},
 *       {@code prefixItems}, {@code not}, {@code if}/{@code then}/{@code else}, {@code examples},
 *       enums of non-strings, and so on. Such constraints stay the prompt's job.</li>
 * </ul>
 */
final class GeminiOpenApiSchema {

    /** Schema fields that mean the same in JSON Schema and are copied as they are. */
    private static final Set<String> COPIED = Set.of("title", "description", "nullable", "required",
            "minimum", "maximum", "minItems", "maxItems", "propertyOrdering", "default");
    /** The formats content.proto lists per type; others are rejected by the API. */
    private static final Map<String, Set<String>> FORMATS = Map.of(
            "STRING", Set.of("enum", "date-time"),
            "NUMBER", Set.of("float", "double"),
            "INTEGER", Set.of("int32", "int64"));
    private static final String NULL = "NULL";

    private final ObjectMapper mapper;

    GeminiOpenApiSchema(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode translate(JsonNode schema) {
        return new Run(schema).node(schema);
    }

    /** One translation: the root that references resolve against and the references being inlined. */
    private final class Run {
        private final JsonNode root;
        private final Deque<String> expanding = new ArrayDeque<>();

        Run(JsonNode root) {
            this.root = root;
        }

        ObjectNode node(JsonNode schema) {
            if (!schema.isObject()) {
                // true/false schemas: no constraint the subset can state.
                return mapper.createObjectNode();
            }
            if (schema.hasNonNull("$ref")) {
                return reference((ObjectNode) schema);
            }
            JsonNode type = schema.get("type");
            if (type != null && type.isArray()) {
                return typeUnion((ObjectNode) schema, type);
            }
            ObjectNode out = mapper.createObjectNode();
            String name = type != null && type.isTextual() ? type.asText().toUpperCase(Locale.ROOT) : implicitType(schema);
            if (name != null) {
                out.put("type", name);
            }
            schema.fields().forEachRemaining(field -> {
                if (COPIED.contains(field.getKey())) {
                    out.set(field.getKey(), field.getValue().deepCopy());
                }
            });
            String format = schema.path("format").asText(null);
            if (format != null && name != null && FORMATS.getOrDefault(name, Set.of()).contains(format)) {
                out.put("format", format);
            }
            enumeration(schema, out);
            if (schema.path("properties").isObject()) {
                ObjectNode properties = out.putObject("properties");
                schema.get("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), node(p.getValue())));
            }
            if (schema.path("items").isObject()) {
                out.set("items", node(schema.get("items")));
            }
            alternatives(schema.has("anyOf") ? schema.get("anyOf") : schema.path("oneOf"), out);
            for (JsonNode part : schema.path("allOf")) {
                merge(out, node(part));
            }
            order(schema, out);
            return out;
        }

        private ObjectNode reference(ObjectNode schema) {
            String ref = schema.get("$ref").asText();
            ObjectNode siblings = schema.deepCopy();
            siblings.remove("$ref");
            JsonNode target = resolve(ref);
            if (!target.isObject()) {
                // A remote or broken reference: only what stands beside it can be kept.
                return node(siblings);
            }
            if (expanding.contains(ref)) {
                ObjectNode stub = node(siblings);
                if (!stub.has("type") && target.path("type").isTextual()) {
                    stub.put("type", target.get("type").asText().toUpperCase(Locale.ROOT));
                }
                return stub;
            }
            expanding.push(ref);
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            // Since 2019-09 a $ref may have siblings (often a more specific description); they win.
            merged.setAll(siblings);
            ObjectNode out = node(merged);
            expanding.pop();
            return out;
        }

        private JsonNode resolve(String ref) {
            if (!ref.startsWith("#")) {
                return MissingNode.getInstance();
            }
            try {
                return root.at(ref.substring(1));
            } catch (IllegalArgumentException notAPointer) {
                // "#anchor" references are not JSON pointers; they are dropped like remote ones.
                return MissingNode.getInstance();
            }
        }

        private ObjectNode typeUnion(ObjectNode schema, JsonNode types) {
            List<String> names = new ArrayList<>();
            types.forEach(t -> names.add(t.asText()));
            boolean nullable = names.remove("null");
            ObjectNode out;
            if (names.size() == 1 || names.isEmpty()) {
                ObjectNode single = schema.deepCopy();
                single.put("type", names.isEmpty() ? "null" : names.get(0));
                out = node(single);
            } else {
                out = mapper.createObjectNode();
                ArrayNode branches = out.putArray("anyOf");
                for (String name : names) {
                    ObjectNode single = schema.deepCopy();
                    single.put("type", name);
                    branches.add(node(single));
                }
            }
            if (nullable) {
                out.put("nullable", true);
            }
            return out;
        }

        private void enumeration(JsonNode schema, ObjectNode out) {
            JsonNode values = schema.has("enum") ? schema.get("enum")
                    : schema.has("const") ? mapper.createArrayNode().add(schema.get("const")) : null;
            if (values == null || !values.isArray()) {
                return;
            }
            ArrayNode strings = mapper.createArrayNode();
            boolean onlyStrings = true;
            for (JsonNode value : values) {
                if (value.isNull()) {
                    out.put("nullable", true);
                } else if (value.isTextual()) {
                    strings.add(value);
                } else {
                    onlyStrings = false;
                }
            }
            // The proto's enum is a list of strings; numbers or objects there would be a 400.
            if (onlyStrings && !strings.isEmpty()) {
                out.set("enum", strings);
                if (!out.has("type")) {
                    out.put("type", "STRING");
                }
            }
        }

        private void alternatives(JsonNode branches, ObjectNode out) {
            if (!branches.isArray()) {
                return;
            }
            List<ObjectNode> kept = new ArrayList<>();
            for (JsonNode branch : branches) {
                ObjectNode translated = node(branch);
                if (NULL.equals(translated.path("type").asText())) {
                    out.put("nullable", true);
                } else {
                    kept.add(translated);
                }
            }
            if (kept.size() == 1 && !out.has("type")) {
                // Optional[X] as generators write it: anyOf [X, null] is X, nullable.
                merge(out, kept.get(0));
            } else if (!kept.isEmpty()) {
                out.putArray("anyOf").addAll(kept);
            } else if (!out.has("type")) {
                out.put("type", NULL);
            }
        }

        /** Adds {@code part} to {@code out}: properties and required lists combine, other keys fill gaps. */
        private void merge(ObjectNode out, ObjectNode part) {
            part.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("properties") && out.path(key).isObject()) {
                    ((ObjectNode) out.get(key)).setAll((ObjectNode) value);
                } else if (key.equals("required") && out.path(key).isArray()) {
                    ArrayNode required = (ArrayNode) out.get(key);
                    value.forEach(name -> {
                        if (!contains(required, name)) {
                            required.add(name);
                        }
                    });
                } else if (!out.has(key)) {
                    out.set(key, value);
                }
            });
        }

        /** Writes the properties' order unless the schema gave its own. */
        private void order(JsonNode schema, ObjectNode out) {
            if (schema.has("propertyOrdering")) {
                return;
            }
            out.remove("propertyOrdering");
            if (out.path("properties").size() > 1) {
                ArrayNode names = out.putArray("propertyOrdering");
                out.get("properties").fieldNames().forEachRemaining(names::add);
            }
        }
    }

    private static String implicitType(JsonNode schema) {
        if (schema.has("properties")) {
            return "OBJECT";
        }
        return schema.has("items") ? "ARRAY" : null;
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
