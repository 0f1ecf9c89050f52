package dev.promptsmith.model;

import java.util.Optional;

/** The shape of a model's answer. */
public enum OutputFormat {
    TEXT("text"),
    JSON("json");

    private final String key;

    OutputFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<OutputFormat> fromKey(String key) {
        return FileKeys.find(values(), OutputFormat::key, key);
    }
}
