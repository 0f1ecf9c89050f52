package dev.promptsmith.eval.metrics;

/**
 * A paired bootstrap of the mean score difference (candidate − baseline) over shared cases.
 *
 * @param meanDifference the observed mean of the per-case differences
 * @param lower          2.5th percentile of the resampled means
 * @param upper          97.5th percentile of the resampled means
 * @param pValue         two-sided p-value for "no difference" ({@link PairedBootstrap})
 */
public record BootstrapResult(int cases, int resamples, long seed, double meanDifference, double lower, double upper,
        double pValue) {
}
