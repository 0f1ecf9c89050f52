package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * {@code word-count}: the number of whitespace-separated words is within {@code {min, max}}; a single
 * number means exactly that many, as in promptfoo.
 */
final class WordCountAssertion implements AssertionCheck {

    static final String TYPE = "word-count";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<Bounds> bounds = Bounds.parse(spec.value());
        if (bounds.isEmpty()) {
            return AssertionResult.error(TYPE, "word-count needs a value like {min: 10, max: 200}");
        }
        int words = count(output);
        return AssertionResult.of(TYPE, bounds.get().contains(words), bounds.get().judge("Output has", words, "words"));
    }

    static int count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
