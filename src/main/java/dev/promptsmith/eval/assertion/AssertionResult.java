package dev.promptsmith.eval.assertion;

/**
 * The verdict of one assertion on one output.
 *
 * @param type the assertion type as written, e.g. {@code contains} or {@code not-icontains}
 * @param score from 0 to 1; binary checks give 1 or 0, graded ones (similarity, rubric) anything between
 * @param reason one sentence a person can read, e.g. "Output does not contain 'refund'"
 * @param error true when the check could not be carried out at all (bad regex, no judge, unknown
 *              cost): such a result always fails, and a {@code not-} prefix never turns it into a pass
 * @param label for classification checks, the expected and the predicted label; null otherwise
 */
public record AssertionResult(String type, boolean pass, double score, String reason, boolean error, Labels label) {

    /** The expected class and the class read from the output (null when none could be read). */
    public record Labels(String expected, String predicted) {
    }

    public AssertionResult {
        score = Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
        reason = reason == null ? "" : reason;
        if (error) {
            pass = false;
        }
    }

    public AssertionResult(String type, boolean pass, double score, String reason, boolean error) {
        this(type, pass, score, reason, error, null);
    }

    public AssertionResult(String type, boolean pass, double score, String reason) {
        this(type, pass, score, reason, false, null);
    }

    /** A binary verdict: score 1 when it passes, 0 when it fails. */
    public static AssertionResult of(String type, boolean pass, String reason) {
        return new AssertionResult(type, pass, pass ? 1 : 0, reason);
    }

    public static AssertionResult pass(String type, String reason) {
        return of(type, true, reason);
    }

    public static AssertionResult fail(String type, String reason) {
        return of(type, false, reason);
    }

    /** The check could not run: a misconfigured assertion or missing run data. */
    public static AssertionResult error(String type, String reason) {
        return new AssertionResult(type, false, 0, reason, true, null);
    }

    public AssertionResult withType(String newType) {
        return new AssertionResult(newType, pass, score, reason, error, label);
    }

    public AssertionResult withLabel(String expected, String predicted) {
        return new AssertionResult(type, pass, score, reason, error, new Labels(expected, predicted));
    }
}
