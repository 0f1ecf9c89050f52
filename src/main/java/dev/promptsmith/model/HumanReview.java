package dev.promptsmith.model;

/**
 * A person's verdict on one output: thumbs up or down, a score from 0 to 1, and a comment; any
 * may be absent. Kept with the run's results, and read by the {@code human} assertion.
 *
 * @param thumbsUp true for up, false for down, null when not given
 * @param score from 0 to 1, or null when not given
 */
public record HumanReview(Boolean thumbsUp, Double score, String comment) {

    public HumanReview {
        if (score != null && (score.isNaN() || score < 0 || score > 1)) {
            throw new IllegalArgumentException("A review score is between 0 and 1, not " + score);
        }
        comment = comment == null ? "" : comment;
    }

    /** Whether the review says anything at all. */
    public boolean isEmpty() {
        return thumbsUp == null && score == null && comment.isBlank();
    }
}
