package dev.promptsmith.store;

import dev.promptsmith.model.HumanReview;

/** A person's review as stored: which output of which prompt version, model and test, and the verdict. */
public record StoredReview(String testId, String promptHash, String modelId, String output, HumanReview review) {

    /** Thumbs up, or a score of at least 0.5. */
    public boolean approves() {
        return review.thumbsUp() != null ? review.thumbsUp() : review.score() != null && review.score() >= 0.5;
    }

    /** Thumbs down, or a score below 0.5. */
    public boolean rejects() {
        return review.thumbsUp() != null ? !review.thumbsUp() : review.score() != null && review.score() < 0.5;
    }
}
