package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles JSON Schemas (draft from {@code $schema}, 2020-12 when absent) and validates against them.
 * Compiled schemas are cached by their text, since every test of a run checks the same few schemas.
 * Remote {@code $ref}s are refused: nothing leaves the machine except the requests the user runs.
 */
final class SchemaValidation {

    private static final int MAX_ERRORS = 5;

    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();
    private final Map<VersionFlag, Dialect> dialects = new ConcurrentHashMap<>();

    /** A compiled schema, or why the schema could not be compiled. */
    record Compiled(JsonSchema schema, String problem) {
    }

    Compiled compile(JsonNode schemaNode) {
        return cache.computeIfAbsent(schemaNode.toString(), text -> compileNow(schemaNode));
    }

    /** Empty when valid; otherwise the validator's messages, sorted by location, a few at most. */
    static String errors(JsonSchema schema, JsonNode instance) {
        List<String> messages = schema.validate(instance).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
        String shown = String.join("; ", messages.subList(0, Math.min(MAX_ERRORS, messages.size())));
        return messages.size() > MAX_ERRORS ? shown + "; and " + (messages.size() - MAX_ERRORS) + " more" : shown;
    }

    private Compiled compileNow(JsonNode schemaNode) {
        if (!schemaNode.isObject()) {
            return new Compiled(null, "a JSON Schema must be a JSON object");
        }
        try {
            VersionFlag version = SpecVersionDetector.detectOptionalVersion(schemaNode, false)
                    .orElse(VersionFlag.V202012);
            Dialect dialect = dialects.computeIfAbsent(version, SchemaValidation::dialect);
            // The validator accepts nonsense such as {"type": 12} silently; its meta-schema does not.
            String metaErrors = errors(dialect.metaSchema(), schemaNode);
            if (!metaErrors.isEmpty()) {
                return new Compiled(null, metaErrors);
            }
            JsonSchema schema = dialect.factory().getSchema(schemaNode);
            schema.initializeValidators();
            return new Compiled(schema, null);
        } catch (RuntimeException e) {
            // The validator reports unusable schemas (unknown $schema, unresolvable $ref) as runtime exceptions.
            return new Compiled(null, String.valueOf(e.getMessage()));
        }
    }

    private static Dialect dialect(VersionFlag version) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, builder -> builder
                .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(SchemaValidation::bundled))));
        return new Dialect(factory, factory.getSchema(SchemaLocation.of(version.getId())));
    }

    /** Only the meta-schemas bundled with the validator may be loaded; a remote $ref is refused. */
    private static boolean bundled(AbsoluteIri iri) {
        return iri.toString().startsWith("classpath:");
    }

    /** A draft's schema factory and its meta-schema, built once: loading the meta-schema takes a while. */
    private record Dialect(JsonSchemaFactory factory, JsonSchema metaSchema) {
    }
}
