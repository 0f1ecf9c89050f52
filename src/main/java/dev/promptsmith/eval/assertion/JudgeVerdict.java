package dev.promptsmith.eval.assertion;

/**
 * A judge's grade of one output.
 *
 * @param score from 0 to 1
 * @param error true when no grade could be obtained (the call failed, the reply was unreadable);
 *              the reason then says why
 */
public record JudgeVerdict(boolean pass, double score, String reason, boolean error) {

    public JudgeVerdict {
        score = Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
        reason = reason == null ? "" : reason;
        if (error) {
            pass = false;
        }
    }

    public static JudgeVerdict of(boolean pass, double score, String reason) {
        return new JudgeVerdict(pass, score, reason, false);
    }

    public static JudgeVerdict failed(String reason) {
        return new JudgeVerdict(false, 0, reason, true);
    }
}
