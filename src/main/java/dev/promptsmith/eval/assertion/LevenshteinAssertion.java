package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * {@code levenshtein}: the edit distance between the trimmed output and the value (or the test's
 * {@code expected}) is at most the threshold, default 5. The score is 1 − distance / longer length.
 */
final class LevenshteinAssertion implements AssertionCheck {

    static final String TYPE = "levenshtein";
    static final double DEFAULT_MAX_DISTANCE = 5;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> wanted = AssertionValues.textOrExpected(spec, context);
        if (wanted.isEmpty()) {
            return AssertionResult.error(TYPE, "levenshtein needs a text value, or a text expected output on the test");
        }
        String a = output.trim();
        String b = wanted.get().trim();
        int distance = distance(a, b);
        double max = AssertionValues.threshold(spec, DEFAULT_MAX_DISTANCE);
        double score = 1 - (double) distance / Math.max(1, Math.max(a.length(), b.length()));
        boolean pass = distance <= max;
        String reason = "Edit distance " + distance + " to " + Texts.quote(b) + (pass ? " is within" : " exceeds")
                + " the maximum of " + Texts.number(max);
        return new AssertionResult(TYPE, pass, score, reason);
    }

    /** Classic Levenshtein distance over UTF-16 units, two rows of memory. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
