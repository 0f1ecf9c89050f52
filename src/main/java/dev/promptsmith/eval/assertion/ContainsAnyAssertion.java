package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.List;
import java.util.Optional;

/** {@code contains-any} / {@code icontains-any}: the output contains at least one of the listed values. */
final class ContainsAnyAssertion implements AssertionCheck {

    private final String type;
    private final boolean ignoreCase;

    ContainsAnyAssertion(String type, boolean ignoreCase) {
        this.type = type;
        this.ignoreCase = ignoreCase;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        List<String> wanted = AssertionValues.texts(spec.value());
        if (wanted.isEmpty()) {
            return AssertionResult.error(type, type + " needs a list of values");
        }
        Optional<String> hit = wanted.stream().filter(w -> ContainsAssertion.contains(output, w, ignoreCase)).findFirst();
        String suffix = ignoreCase ? " (ignoring case)" : "";
        return hit.isPresent()
                ? AssertionResult.pass(type, "Output contains " + Texts.quote(hit.get()) + suffix)
                : AssertionResult.fail(type, "Output contains none of " + Texts.quoteAll(wanted) + suffix);
    }
}
