package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Locale;
import java.util.Optional;

/** {@code contains} / {@code icontains}: the output contains the value, with or without case. */
final class ContainsAssertion implements AssertionCheck {

    private final String type;
    private final boolean ignoreCase;

    ContainsAssertion(String type, boolean ignoreCase) {
        this.type = type;
        this.ignoreCase = ignoreCase;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> wanted = AssertionValues.text(spec.value());
        if (wanted.isEmpty() || wanted.get().isEmpty()) {
            return AssertionResult.error(type, type + " needs a text value");
        }
        boolean found = contains(output, wanted.get(), ignoreCase);
        String suffix = ignoreCase ? " (ignoring case)" : "";
        return AssertionResult.of(type, found, "Output " + (found ? "contains " : "does not contain ")
                + Texts.quote(wanted.get()) + suffix);
    }

    /** Substring search; case folding by Unicode lower case, so "ÄRGER" contains "ärger". */
    static boolean contains(String output, String wanted, boolean ignoreCase) {
        return ignoreCase
                ? output.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT))
                : output.contains(wanted);
    }
}
