package dev.promptsmith.model;

import java.util.List;
import java.util.Map;

/**
 * A test case: input variables, the expected output, and the checks applied to the model's output.
 *
 * @param expected a plain JSON value (usually a String; an object for extraction tasks), or null
 */
public record TestCase(
        String id,
        Map<String, Object> vars,
        Object expected,
        List<Assertion> asserts,
        List<String> tags,
        Split split,
        String note) {

    public TestCase {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (split == null) {
            split = Split.DEV;
        }
    }
}
