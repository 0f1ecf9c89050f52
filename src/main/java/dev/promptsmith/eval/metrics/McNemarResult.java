package dev.promptsmith.eval.metrics;

/**
 * McNemar's test on the discordant pairs of a paired comparison.
 *
 * @param b         cases the baseline (A) passed and the candidate (B) failed
 * @param c         cases B passed and A failed
 * @param exact     true for the exact binomial test, false for χ² with continuity correction
 * @param statistic the χ² statistic, or NaN for the exact test, which has none
 */
public record McNemarResult(int b, int c, boolean exact, double statistic, double pValue) {

    /** How the p-value was obtained, as the verdict names it. */
    public String method() {
        return exact ? "McNemar exact" : "McNemar χ², continuity-corrected";
    }
}
