package dev.promptsmith.compare.diff;

import java.util.List;

/**
 * The structural comparison of two outputs as JSON, or why they could not be compared.
 *
 * @param leftProblem  why the left output is not JSON (e.g. "Unexpected character ('T' …) at line 1,
 *                     column 2"); null when it is
 * @param rightProblem the same for the right output
 * @param changes      the differences, in the left value's key order then the right's extras; empty
 *                     when the values are equal or could not be compared
 */
public record JsonDiffResult(String leftProblem, String rightProblem, List<JsonChange> changes) {

    public JsonDiffResult {
        changes = List.copyOf(changes);
    }

    /** Both outputs are JSON, so {@link #changes} says how they differ. */
    public boolean comparable() {
        return leftProblem == null && rightProblem == null;
    }

    /** Both are JSON and equal (numbers by value, whatever their spelling: 1.0 equals 1). */
    public boolean same() {
        return comparable() && changes.isEmpty();
    }

    /** A sentence saying why there is no structural comparison, naming the sides; null when there is one. */
    public String problem() {
        if (comparable()) {
            return null;
        }
        if (leftProblem != null && rightProblem != null) {
            return "Neither output is valid JSON (left: " + leftProblem + "; right: " + rightProblem + ").";
        }
        return leftProblem != null ? "The left output is not valid JSON: " + leftProblem + "."
                : "The right output is not valid JSON: " + rightProblem + ".";
    }
}
