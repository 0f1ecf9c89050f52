package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex}: the Java regular expression is found anywhere in the output (a search, not a whole
 * match). Flags go inline, e.g. {@code (?i)}; without {@code (?m)}, {@code ^} and {@code $} anchor
 * the whole output, which is what a "the output is exactly one label" guard needs.
 */
final class RegexAssertion implements AssertionCheck {

    static final String TYPE = "regex";

    private final CompiledPatterns patterns = new CompiledPatterns();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> regex = AssertionValues.text(spec.value());
        if (regex.isEmpty()) {
            return AssertionResult.error(TYPE, "regex needs a pattern as its value");
        }
        Pattern pattern;
        try {
            pattern = patterns.get(regex.get());
        } catch (PatternSyntaxException e) {
            return AssertionResult.error(TYPE, "Invalid regex /" + regex.get() + "/: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
        boolean found = pattern.matcher(output).find();
        return AssertionResult.of(TYPE, found, "Output " + (found ? "matches" : "does not match") + " /"
                + Texts.shorten(regex.get(), 100) + "/");
    }
}
