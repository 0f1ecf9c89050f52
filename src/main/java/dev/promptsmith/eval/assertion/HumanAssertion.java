package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.HumanReview;

/**
 * {@code human}: a person's review of the output. Thumbs up passes and down fails; a review with
 * only a score passes at the threshold (default 0.5) and scores what the person gave. An output
 * nobody has reviewed yet cannot be judged: the check reports that and the test waits on it.
 */
final class HumanAssertion implements AssertionCheck {

    static final String TYPE = "human";
    private static final double DEFAULT_THRESHOLD = 0.5;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        HumanReview review = context.review();
        if (review == null || (review.thumbsUp() == null && review.score() == null)) {
            return AssertionResult.error(TYPE, "Awaiting human review");
        }
        String comment = review.comment().isBlank() ? "" : ": " + Texts.quote(review.comment());
        if (review.thumbsUp() != null) {
            boolean up = review.thumbsUp();
            double score = review.score() != null ? review.score() : up ? 1 : 0;
            return new AssertionResult(TYPE, up, score, "Reviewer gave thumbs " + (up ? "up" : "down") + comment);
        }
        double threshold = spec.threshold() != null ? spec.threshold() : DEFAULT_THRESHOLD;
        boolean pass = review.score() >= threshold;
        return new AssertionResult(TYPE, pass, review.score(), "Reviewer scored " + Texts.number(review.score())
                + (pass ? " (at least " : " (below ") + Texts.number(threshold) + ")" + comment);
    }
}
