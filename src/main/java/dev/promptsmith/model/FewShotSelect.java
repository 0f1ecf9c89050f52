package dev.promptsmith.model;

import java.util.Optional;

/** Which examples a prompt variant takes when it takes only some: the first ones, or those most like the test input. */
public enum FewShotSelect {
    /** The first {@code limit} in file (or {@code ids}) order. */
    FIRST("first"),
    /** The {@code limit} whose variables are most similar to the test case's, most similar last (next to the question). */
    SIMILAR("similar");

    private final String key;

    FewShotSelect(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<FewShotSelect> fromKey(String key) {
        return FileKeys.find(values(), FewShotSelect::key, key);
    }
}
