package dev.promptsmith.eval;

/**
 * Identifies one cell of a run: a test case (row) in a column (prompt variant × model), and which
 * repeat of it (0-based).
 *
 * @param column the column id, see {@link RunPlan.Column#id()}
 */
public record CellKey(String testId, String prompt, String modelId, int repeat, String column) {
}
