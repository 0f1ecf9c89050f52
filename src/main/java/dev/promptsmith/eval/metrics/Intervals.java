package dev.promptsmith.eval.metrics;

/** 95% confidence intervals for a pass rate (Wilson score) and for a mean score (Student's t). */
public final class Intervals {

    private Intervals() {
    }

    /**
     * The pass rate k/n with its 95% Wilson score interval (Wilson 1927; recommended over the normal
     * "Wald" interval by Brown, Cai & DasGupta 2001 because it stays inside [0, 1] and keeps its
     * coverage for small n and rates near 0 or 1). With p̂ = k/n and z = Φ⁻¹(0.975):
     * <pre>
     *   centre = (p̂ + z²/2n) / (1 + z²/n)
     *   half   = z / (1 + z²/n) · √( p̂(1−p̂)/n + z²/4n² )
     * </pre>
     * With no cases nothing is known: the estimate is 0 and the interval all of [0, 1].
     */
    public static Estimate wilson(int successes, int n) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ n, got " + successes + "/" + n);
        }
        if (n == 0) {
            return new Estimate(0, 0, 1);
        }
        double p = (double) successes / n;
        double z = Distributions.Z_975;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        // Rounding can push an end a hair past p̂ when k is 0 or n; the exact interval touches it.
        return new Estimate(p, Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
    }

    /**
     * The mean of scores in [0, 1] with its 95% t interval (Student 1908; NIST/SEMATECH e-Handbook
     * §7.2.2.1): x̄ ± t(0.975, n−1) · s/√n, with s the sample standard deviation (n−1 divisor).
     * The interval is clipped to [0, 1] because no mean of such scores can leave it. One value
     * gives no estimate of spread, so its interval is all of [0, 1]; no values give 0 in [0, 1].
     */
    public static Estimate meanScore(double[] scores) {
        int n = scores.length;
        if (n == 0) {
            return new Estimate(0, 0, 1);
        }
        double mean = Means.of(scores);
        if (n == 1) {
            return new Estimate(mean, 0, 1);
        }
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        double half = Distributions.studentTQuantile(0.975, n - 1) * standardError;
        return new Estimate(mean, Math.min(mean, Math.max(0, mean - half)), Math.max(mean, Math.min(1, mean + half)));
    }
}
