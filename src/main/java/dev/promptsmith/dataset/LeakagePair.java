package dev.promptsmith.dataset;

import dev.promptsmith.model.Split;

/**
 * A few-shot example whose input equals, or nearly equals, a test case's: the model would be shown the
 * answer to a question it is tested on.
 *
 * @param similarity 1 for an exact match, else the cosine similarity of the two inputs' embeddings
 */
public record LeakagePair(String exampleId, String testId, Split testSplit, double similarity, Kind kind) {

    /** How the two inputs match. */
    public enum Kind {
        /** Equal once case and whitespace are ignored. */
        EXACT,
        /** Embeddings at least as similar as the check's threshold. */
        NEAR
    }
}
