package dev.promptsmith.store;

/** The result of one assertion on a cell's output, as stored with the cell. */
public record AssertionOutcome(String type, boolean pass, double score, String reason) {
}
