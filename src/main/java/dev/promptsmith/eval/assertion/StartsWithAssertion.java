package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/** {@code starts-with}: the output, ignoring leading whitespace, starts with the value. */
final class StartsWithAssertion implements AssertionCheck {

    static final String TYPE = "starts-with";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> wanted = AssertionValues.text(spec.value());
        if (wanted.isEmpty() || wanted.get().isEmpty()) {
            return AssertionResult.error(TYPE, "starts-with needs a text value");
        }
        String start = output.stripLeading();
        if (start.startsWith(wanted.get())) {
            return AssertionResult.pass(TYPE, "Output starts with " + Texts.quote(wanted.get()));
        }
        String actual = start.substring(0, Math.min(start.length(), wanted.get().length() + 10));
        return AssertionResult.fail(TYPE, "Output starts with " + Texts.quote(actual) + ", not "
                + Texts.quote(wanted.get()));
    }
}
