package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code label}: for classification. The output's label (the last {@code <label>…</label>} if there is
 * one, else the whole output) equals the value (a label or a list of accepted labels) or the test's
 * {@code expected}, after normalizing case, whitespace and punctuation: "**Billing.**" is "billing".
 */
final class LabelAssertion implements AssertionCheck {

    static final String TYPE = "label";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        List<String> accepted = spec.value() != null
                ? AssertionValues.texts(spec.value())
                : AssertionValues.texts(context.test().expected());
        if (accepted.isEmpty()) {
            return AssertionResult.error(TYPE, "label needs a label as its value, or a text expected output on the test");
        }
        String label = normalize(extractLabel(output));
        // The confusion matrix needs one true class: the first accepted label stands for the case.
        String expected = normalize(accepted.get(0));
        String predicted = looksLikeLabel(label) ? label : null;
        Optional<String> hit = accepted.stream().filter(a -> normalize(a).equals(label)).findFirst();
        if (hit.isPresent()) {
            return AssertionResult.pass(TYPE, "Label " + Texts.quote(label) + " matches " + Texts.quote(hit.get()))
                    .withLabel(normalize(hit.get()), predicted);
        }
        String target = accepted.size() == 1 ? Texts.quote(accepted.get(0)) : "any of " + Texts.quoteAll(accepted);
        return AssertionResult.fail(TYPE, "Label " + Texts.quote(label) + " does not match " + target)
                .withLabel(expected, predicted);
    }

    /**
     * A label is a short phrase. A longer output (an explanation, an echoed request) counts as no
     * prediction in the confusion matrix rather than as a class of its own.
     */
    private static boolean looksLikeLabel(String label) {
        return !label.isEmpty() && label.length() <= 60 && label.split(" ").length <= 5;
    }

    private static String extractLabel(String output) {
        return AnswerExtractor.lastTag(output, "label").orElse(output);
    }

    /** Lower case, punctuation and symbols to spaces, runs of whitespace to one space, trimmed. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
