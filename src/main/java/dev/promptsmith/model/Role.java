package dev.promptsmith.model;

import java.util.Optional;

/** The author of a chat message. */
public enum Role {
    SYSTEM("system"),
    USER("user"),
    ASSISTANT("assistant");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The spelling used in project files and on the wire. */
    public String key() {
        return key;
    }

    public static Optional<Role> fromKey(String key) {
        return FileKeys.find(values(), Role::key, key);
    }
}
