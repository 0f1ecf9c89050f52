package dev.promptsmith.model;

import java.util.Optional;

/** Where few-shot examples go in the rendered request. */
public enum FewShotMode {
    /** Not injected as turns; a template may still loop over {@code examples}. */
    NONE("none"),
    /** Each example becomes a user turn (the prompt's user template rendered with the example's vars) and an assistant turn (its output). */
    TURNS("turns");

    private final String key;

    FewShotMode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<FewShotMode> fromKey(String key) {
        return FileKeys.find(values(), FewShotMode::key, key);
    }
}
