package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;

/**
 * {@code is-json}: the whole output (trimmed) is one valid JSON value: a format check, so JSON wrapped
 * in prose or a code fence fails. With a value, the JSON must also match that schema, as promptfoo's
 * {@code is-json} does; the value is read like {@code json-schema}'s.
 */
final class IsJsonAssertion implements AssertionCheck {

    static final String TYPE = "is-json";

    private final JsonSchemaAssertion schemaCheck;

    IsJsonAssertion(SchemaValidation schemas) {
        this.schemaCheck = new JsonSchemaAssertion(schemas);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        String text = output.trim();
        JsonText.Parsed parsed = JsonText.parseWhole(text);
        if (!parsed.ok()) {
            String hint = text.startsWith("```") ? " (it is wrapped in a ``` code fence)" : "";
            return AssertionResult.fail(TYPE, "Output is not valid JSON: " + parsed.problem() + hint);
        }
        if (spec.value() == null) {
            return AssertionResult.pass(TYPE, "Output is valid JSON");
        }
        return schemaCheck.validate(parsed.node(), spec, context).withType(TYPE);
    }
}
