package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.List;

/**
 * {@code contains-all} / {@code icontains-all}: the output contains every listed value. The score is
 * the share found; a threshold, when given, is the share needed to pass (default: all).
 */
final class ContainsAllAssertion implements AssertionCheck {

    private final String type;
    private final boolean ignoreCase;

    ContainsAllAssertion(String type, boolean ignoreCase) {
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
        List<String> missing = wanted.stream().filter(w -> !ContainsAssertion.contains(output, w, ignoreCase)).toList();
        double score = (double) (wanted.size() - missing.size()) / wanted.size();
        boolean pass = score >= AssertionValues.threshold(spec, 1.0);
        String suffix = ignoreCase ? " (ignoring case)" : "";
        String reason = missing.isEmpty()
                ? "Output contains all of " + Texts.quoteAll(wanted) + suffix
                : "Output is missing " + Texts.quoteAll(missing) + suffix + " (found "
                        + (wanted.size() - missing.size()) + " of " + wanted.size() + ")";
        return new AssertionResult(type, pass, score, reason);
    }
}
