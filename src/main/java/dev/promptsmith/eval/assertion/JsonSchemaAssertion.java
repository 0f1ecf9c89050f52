package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.model.Assertion;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code json-schema}: the JSON in the output matches a schema. The value is a schema path from the
 * project ({@code schemas/invoice.json}) or an inline schema object. The output is read leniently
 * (whole output, else the first JSON found in it): this checks shape; {@code is-json} checks format.
 */
final class JsonSchemaAssertion implements AssertionCheck {

    static final String TYPE = "json-schema";

    private final SchemaValidation schemas;

    JsonSchemaAssertion(SchemaValidation schemas) {
        this.schemas = schemas;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<JsonNode> json = JsonText.parseLenient(output);
        if (json.isEmpty()) {
            return AssertionResult.fail(TYPE, "Output contains no JSON to check against " + name(spec.value()));
        }
        return validate(json.get(), spec, context);
    }

    /** Validates already-parsed JSON against the schema that {@code spec} names or holds. */
    AssertionResult validate(JsonNode json, Assertion spec, AssertionContext context) {
        Object value = spec.value();
        String name = name(value);
        JsonNode schemaNode;
        if (value instanceof String path) {
            String text = context.schemas().get(path);
            if (text == null) {
                return AssertionResult.error(TYPE, "Schema '" + path + "' is not in the project" + known(context.schemas()));
            }
            JsonText.Parsed parsed = JsonText.parseWhole(text);
            if (!parsed.ok()) {
                return AssertionResult.error(TYPE, "Invalid JSON Schema " + name + ": " + parsed.problem());
            }
            schemaNode = parsed.node();
        } else if (value instanceof Map<?, ?>) {
            schemaNode = JsonText.toNode(value);
        } else {
            return AssertionResult.error(TYPE, "json-schema needs a schema path or an inline schema object as its value");
        }
        SchemaValidation.Compiled compiled = schemas.compile(schemaNode);
        if (compiled.schema() == null) {
            return AssertionResult.error(TYPE, "Invalid JSON Schema " + name + ": " + compiled.problem());
        }
        String errors = SchemaValidation.errors(compiled.schema(), json);
        return errors.isEmpty()
                ? AssertionResult.pass(TYPE, "Output matches schema " + name)
                : AssertionResult.fail(TYPE, "Output does not match schema " + name + ": " + errors);
    }

    private static String name(Object value) {
        return value instanceof String path ? path : "(inline schema)";
    }

    private static String known(Map<String, String> schemas) {
        return schemas.isEmpty() ? " (the project has no schemas)"
                : " (known: " + String.join(", ", new TreeSet<>(schemas.keySet())) + ")";
    }
}
