package dev.promptsmith.dataset;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * An assertion read from a promptfoo-style cell, or why it could not be.
 *
 * @param assertion null when {@code problem} says why there is none
 */
public record ParsedAssertion(Assertion assertion, String problem) {

    static ParsedAssertion of(Assertion assertion) {
        return new ParsedAssertion(assertion, null);
    }

    static ParsedAssertion refused(String problem) {
        return new ParsedAssertion(null, problem);
    }

    public Optional<Assertion> value() {
        return Optional.ofNullable(assertion);
    }
}
