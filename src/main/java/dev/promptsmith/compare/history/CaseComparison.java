package dev.promptsmith.compare.history;

import dev.promptsmith.eval.metrics.CaseOutcome;

/**
 * One case of two runs side by side: a test on a model with a prompt, matched by the prompt's
 * NAME, since an edited prompt is a new version (a new hash) under the same name.
 *
 * @param a the case in run A, its repeats folded (majority pass, mean score); null when only in B
 * @param b the same in run B; null when only in A
 */
public record CaseComparison(String testId, String prompt, String modelId, CaseChange change, CaseOutcome a,
                             CaseOutcome b) {

    /** B's mean score minus A's; NaN when the case is in one run only. */
    public double scoreChange() {
        return a == null || b == null ? Double.NaN : b.meanScore() - a.meanScore();
    }

    /** Whether the pass/fail verdict differs between the runs. */
    public boolean verdictChanged() {
        return a != null && b != null && a.passed() != b.passed();
    }
}
