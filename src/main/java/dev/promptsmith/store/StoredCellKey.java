package dev.promptsmith.store;

import java.util.Objects;

/**
 * Where a cell sits in a run: a test (row) in a column (prompt version + model), for one repeat.
 *
 * @param promptHash the prompt version's content hash ({@link PromptVersions#hash})
 * @param repeat 0-based repeat index
 */
public record StoredCellKey(String testId, String promptHash, String modelId, int repeat) {

    public StoredCellKey {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(promptHash, "promptHash");
        Objects.requireNonNull(modelId, "modelId");
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must not be negative, was " + repeat);
        }
    }
}
