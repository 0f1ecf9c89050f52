package dev.promptsmith.eval.metrics;

import java.util.Arrays;
import java.util.Random;

/**
 * The paired bootstrap of a mean difference (Efron & Tibshirani 1993, ch. 13, 16). Given the
 * per-case differences d₁…dₙ, each resample draws n of them with replacement and takes their mean.
 * <ul>
 *   <li>95% CI: the percentile interval, the resampled means at nearest ranks ⌈0.025·R⌉ and
 *       ⌈0.975·R⌉ of R sorted resamples.
 *   <li>p-value: the smallest α whose percentile interval excludes 0, i.e. twice the smaller share
 *       of resampled means on either side of 0, with the +1 correction of Davison & Hinkley 1997
 *       (§4.4) so a finite number of resamples never claims p = 0:
 *       p = min(1, 2 · min(1 + #{m* ≤ 0}, 1 + #{m* ≥ 0}) / (R + 1)).
 * </ul>
 * Resampling uses {@link Random}, whose algorithm is fixed by its specification, so one seed gives
 * the same interval and p-value on every JVM.
 */
public final class PairedBootstrap {

    /** Means this close to 0 count as 0, so rounding in a sum of equal and opposite scores is no signal. */
    private static final double ZERO = 1e-12;

    private PairedBootstrap() {
    }

    public static BootstrapResult run(double[] differences, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be ≥ 1, was " + resamples);
        }
        int n = differences.length;
        if (n == 0) {
            return new BootstrapResult(0, resamples, seed, 0, 0, 0, 1);
        }
        Random random = new Random(seed);
        double[] means = new double[resamples];
        int atMostZero = 0;
        int atLeastZero = 0;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += differences[random.nextInt(n)];
            }
            means[r] = sum / n;
            atMostZero += means[r] <= ZERO ? 1 : 0;
            atLeastZero += means[r] >= -ZERO ? 1 : 0;
        }
        Arrays.sort(means);
        double lower = means[Percentiles.rank(resamples, 25, 1000) - 1];
        double upper = means[Percentiles.rank(resamples, 975, 1000) - 1];
        double p = Math.min(1, 2.0 * (1 + Math.min(atMostZero, atLeastZero)) / (resamples + 1));
        return new BootstrapResult(n, resamples, seed, Means.of(differences), lower, upper, p);
    }
}
