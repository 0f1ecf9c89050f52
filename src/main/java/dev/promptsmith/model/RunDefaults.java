package dev.promptsmith.model;

/** Project-wide run settings: repeats per cell, concurrent calls, and the per-call timeout. */
public record RunDefaults(int repeats, int concurrency, int timeoutSeconds) {

    public static final RunDefaults STANDARD = new RunDefaults(1, 4, 120);
}
