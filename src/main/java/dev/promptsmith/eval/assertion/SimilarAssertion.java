package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * {@code similar}: the cosine similarity of the output's and the value's (or the test's
 * {@code expected}) embeddings reaches the threshold, default 0.75. The score is the similarity.
 */
final class SimilarAssertion implements AssertionCheck {

    static final String TYPE = "similar";
    static final double DEFAULT_THRESHOLD = 0.75;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> wanted = AssertionValues.textOrExpected(spec, context);
        if (wanted.isEmpty() || wanted.get().isBlank()) {
            return AssertionResult.error(TYPE, "similar needs a text value, or a text expected output on the test");
        }
        if (context.embedder() == null) {
            return AssertionResult.error(TYPE, "similar needs an embedding model, and none is available");
        }
        if (output.isBlank()) {
            return AssertionResult.fail(TYPE, "Output is empty, so it is not similar to " + Texts.quote(wanted.get()));
        }
        double similarity;
        try {
            similarity = context.embedder().similarity(output, wanted.get());
        } catch (RuntimeException e) {
            return AssertionResult.error(TYPE, "Embedding failed: " + e.getMessage());
        }
        double threshold = AssertionValues.threshold(spec, DEFAULT_THRESHOLD);
        boolean pass = similarity >= threshold;
        String reason = "Similarity " + Texts.decimal2(similarity) + " to " + Texts.quote(wanted.get())
                + (pass ? " meets" : " is below") + " the threshold " + Texts.number(threshold);
        return new AssertionResult(TYPE, pass, similarity, reason);
    }
}
