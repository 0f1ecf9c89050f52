package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonPointer;
import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * {@code json-path}: the value at a path of the output JSON equals the expected one, e.g.
 * {@code {path: "$.total", equals: 1200.0}}. Paths are the subset {@link JsonPaths} supports.
 * Without {@code equals}, the path only has to exist. Numbers compare by value, objects exactly.
 */
final class JsonPathAssertion implements AssertionCheck {

    static final String TYPE = "json-path";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> path = AssertionValues.field(spec.value(), "path").flatMap(AssertionValues::text);
        if (path.isEmpty()) {
            return AssertionResult.error(TYPE, "json-path needs a value like {path: \"$.total\", equals: 1200}");
        }
        JsonPointer pointer;
        try {
            pointer = JsonPaths.pointer(path.get());
        } catch (IllegalArgumentException e) {
            return AssertionResult.error(TYPE, e.getMessage());
        }
        Optional<JsonNode> json = JsonText.parseLenient(output);
        if (json.isEmpty()) {
            return AssertionResult.fail(TYPE, "Output contains no JSON, so " + path.get() + " cannot be read");
        }
        JsonNode actual = json.get().at(pointer);
        if (actual.isMissingNode()) {
            return AssertionResult.fail(TYPE, path.get() + " is missing from the output JSON");
        }
        if (!AssertionValues.hasField(spec.value(), "equals")) {
            return AssertionResult.pass(TYPE, path.get() + " exists (" + Texts.shorten(actual.toString(), 60) + ")");
        }
        JsonNode expected = JsonText.toNode(AssertionValues.field(spec.value(), "equals").orElse(null));
        return JsonMatch.sameValue(expected, actual)
                ? AssertionResult.pass(TYPE, path.get() + " is " + Texts.shorten(actual.toString(), 60) + " as expected")
                : AssertionResult.fail(TYPE, path.get() + " is " + Texts.shorten(actual.toString(), 60)
                        + ", expected " + Texts.shorten(expected.toString(), 60));
    }
}
