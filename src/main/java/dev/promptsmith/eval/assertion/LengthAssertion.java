package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * {@code length}: the output's length in characters (Unicode code points, surrounding whitespace
 * trimmed) is within {@code {min, max}}; a single number means exactly that length.
 */
final class LengthAssertion implements AssertionCheck {

    static final String TYPE = "length";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<Bounds> bounds = Bounds.parse(spec.value());
        if (bounds.isEmpty()) {
            return AssertionResult.error(TYPE, "length needs a value like {min: 10, max: 200}");
        }
        String text = output.trim();
        int length = text.codePointCount(0, text.length());
        return AssertionResult.of(TYPE, bounds.get().contains(length),
                bounds.get().judge("Output length is", length, "characters"));
    }
}
