package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;

/**
 * One assertion type: a pure function from (output, assertion, context) to a verdict. Implementations
 * are stateless (or hold only caches) and safe to call from many threads at once.
 */
public interface AssertionCheck {

    /** The type name used in project files, e.g. {@code contains}; never starts with {@code not-}. */
    String type();

    /**
     * Checks {@code output}. Bad arguments in {@code spec} are reported as an
     * {@link AssertionResult#error error result}, never thrown.
     */
    AssertionResult check(String output, Assertion spec, AssertionContext context);
}
