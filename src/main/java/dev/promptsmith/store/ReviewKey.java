package dev.promptsmith.store;

/**
 * What a human review is attached to: one output of one prompt version on one model for one test
 * case, whichever run or repeat produced it.
 */
public record ReviewKey(String testId, String promptHash, String modelId, String outputHash) {

    /** The key of a cell's output. */
    public static ReviewKey of(StoredCellKey cell, String output) {
        return new ReviewKey(cell.testId(), cell.promptHash(), cell.modelId(),
                CanonicalJson.sha256(output == null ? "" : output));
    }
}
