package dev.promptsmith.model;

import java.util.Optional;

/** Which part of the test suite a case belongs to; held-out cases stay out of everyday runs. */
public enum Split {
    DEV("dev"),
    HELDOUT("heldout");

    private final String key;

    Split(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Split> fromKey(String key) {
        return FileKeys.find(values(), Split::key, key);
    }
}
