package dev.promptsmith.eval.assertion;

/** The {@code not-} form of any assertion: the opposite verdict, with a reason that says so. */
final class Negation {

    static final String PREFIX = "not-";

    private Negation() {
    }

    /**
     * Inverts {@code result}. Each check's reason states what it found ("Output contains 'x'"),
     * which already explains a negated pass; a negated failure adds why that finding fails.
     * Errors stay errors: a bad regex is not evidence that the output does not match.
     */
    static AssertionResult negate(AssertionResult result, String negatedType) {
        if (result.error()) {
            return result.withType(negatedType);
        }
        boolean pass = !result.pass();
        String reason = pass ? result.reason() : result.reason() + " (" + negatedType + " expects the opposite)";
        return new AssertionResult(negatedType, pass, 1 - result.score(), reason);
    }
}
