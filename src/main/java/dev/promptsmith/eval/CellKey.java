package dev.promptsmith.eval;

/** Identifies one cell of a run: a test case (row) on a model (column). */
public record CellKey(String testId, String modelId) {
}
