package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.model.Assertion;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code contains-json}: the output contains JSON (bare, fenced or inside prose). Without a value,
 * any JSON object or array will do. With an object value, a JSON object in the output must carry
 * those fields with equal values, at any depth ({@code {vendor: {vat_id: null}}} checks only
 * {@code vendor.vat_id}); fields not named are ignored, arrays must match item by item, numbers
 * compare by value, and a field named with {@code null} must be present and null. The score is the
 * share of named fields that match; a threshold, when given, is the share needed (default: all).
 */
final class ContainsJsonAssertion implements AssertionCheck {

    static final String TYPE = "contains-json";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        List<JsonNode> found = JsonText.findAll(output);
        Optional<JsonNode> expected = expected(spec.value());
        if (spec.value() != null && expected.isEmpty()) {
            return AssertionResult.error(TYPE, "contains-json needs a JSON object as its value (or no value)");
        }
        if (found.isEmpty()) {
            return AssertionResult.fail(TYPE, expected.isPresent()
                    ? "Output contains no JSON to compare with the expected fields"
                    : "Output contains no valid JSON");
        }
        if (expected.isEmpty()) {
            return AssertionResult.pass(TYPE, "Output contains valid JSON");
        }
        return compare(expected.get(), found, AssertionValues.threshold(spec, 1.0));
    }

    private static AssertionResult compare(JsonNode expected, List<JsonNode> found, double threshold) {
        JsonMatch.Outcome best = found.stream()
                .map(candidate -> JsonMatch.subset(expected, candidate))
                .max(Comparator.comparingDouble(JsonMatch.Outcome::score))
                .orElseThrow();
        if (best.matches()) {
            return AssertionResult.pass(TYPE, "Output JSON has all " + best.leaves() + " expected field values");
        }
        String reason = "Output JSON differs in " + best.failedLeaves() + " of " + best.leaves()
                + " expected field values: " + best.summary(5);
        return new AssertionResult(TYPE, best.score() >= threshold, best.score(), reason);
    }

    /** An object value, or a string holding a JSON object (as a YAML author might write it). */
    private static Optional<JsonNode> expected(Object value) {
        if (value instanceof Map<?, ?>) {
            return Optional.of(JsonText.toNode(value));
        }
        if (value instanceof String text) {
            JsonText.Parsed parsed = JsonText.parseWhole(text);
            return parsed.ok() && parsed.node().isObject() ? Optional.of(parsed.node()) : Optional.empty();
        }
        return Optional.empty();
    }
}
