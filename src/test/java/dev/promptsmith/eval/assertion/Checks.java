package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;

/** Shorthands for running one assertion through the standard registry. */
final class Checks {

    static final AssertionRegistry REGISTRY = AssertionRegistry.standard();

    private Checks() {
    }

    static TestCase testCase(Object expected, Assertion... asserts) {
        return new TestCase("t-1", Map.of(), expected, List.of(asserts), List.of(), Split.DEV, null);
    }

    static AssertionContext context() {
        return AssertionContext.of(testCase(null));
    }

    static AssertionResult run(String type, Object value, String output) {
        return run(new Assertion(type, value, null, null), output, context());
    }

    static AssertionResult run(String type, Object value, Double threshold, String output) {
        return run(new Assertion(type, value, null, threshold), output, context());
    }

    static AssertionResult run(Assertion spec, String output, AssertionContext context) {
        return REGISTRY.evaluate(output, spec, context);
    }
}
