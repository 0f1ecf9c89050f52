package dev.promptsmith.store;

import java.util.Arrays;

/** Where a run stands; a run left {@code RUNNING} by a crashed process stays so until it is finished or resumed. */
public enum RunStatus {
    RUNNING("running"),
    FINISHED("finished"),
    CANCELLED("cancelled"),
    FAILED("failed");

    private final String key;

    RunStatus(String key) {
        this.key = key;
    }

    /** The spelling stored in the database. */
    public String key() {
        return key;
    }

    static RunStatus fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown run status in the database: " + key));
    }
}
