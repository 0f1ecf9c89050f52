package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an assertion's {@code value}, which arrives as plain JSON data (String, Number, List, Map). */
final class AssertionValues {

    private AssertionValues() {
    }

    /** A string, number or boolean value as text; empty for null, lists and maps. */
    static Optional<String> text(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }

    /** The assertion's value as text, or else the test's {@code expected} as text. */
    static Optional<String> textOrExpected(Assertion spec, AssertionContext context) {
        return text(spec.value()).or(() -> text(context.test().expected()));
    }

    /** A list of texts; a single text counts as a list of one (no splitting on commas). */
    static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> text(item).ifPresent(out::add));
        } else {
            text(value).ifPresent(out::add);
        }
        return out;
    }

    /** A number, or a string that reads as one. */
    static Optional<Double> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (value instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A field of a map value, e.g. {@code path} in {@code {path: "$.total", equals: 1}}. */
    static Optional<Object> field(Object value, String name) {
        return value instanceof Map<?, ?> map ? Optional.ofNullable(map.get(name)) : Optional.empty();
    }

    static boolean hasField(Object value, String name) {
        return value instanceof Map<?, ?> map && map.containsKey(name);
    }

    /** The assertion's threshold, or {@code fallback} when it has none. */
    static double threshold(Assertion spec, double fallback) {
        return spec.threshold() == null ? fallback : spec.threshold();
    }
}
