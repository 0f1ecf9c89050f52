package dev.promptsmith.eval.metrics;

/** The distribution functions the metrics need: Student's t quantile and the χ²(1) survival function. */
public final class Distributions {

    /** z for a two-sided 95% interval, Φ⁻¹(0.975), to double precision. */
    public static final double Z_975 = 1.959963984540054;

    private Distributions() {
    }

    /**
     * The p-quantile of Student's t with df degrees of freedom: the t with P(T ≤ t) = p. Found by
     * bisection on the upper tail P(T > t) = ½·I_{df/(df+t²)}(df/2, ½) (Abramowitz & Stegun 26.7.1,
     * 26.5.27), which is monotone in t, so the search cannot diverge; it stops at 1e-12 relative
     * width. Checked against the printed tables, e.g. t(0.975, 9) = 2.262, t(0.975, 29) = 2.045.
     */
    public static double studentTQuantile(double p, double df) {
        if (!(p > 0 && p < 1) || !(df > 0)) {
            throw new IllegalArgumentException("need 0 < p < 1 and df > 0, got p=" + p + ", df=" + df);
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -studentTQuantile(1 - p, df);
        }
        double tail = 1 - p;
        double low = 0;
        double high = 1;
        while (studentTUpperTail(high, df) > tail) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
            double mid = (low + high) / 2;
            if (studentTUpperTail(mid, df) > tail) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** P(T > t) for t ≥ 0 under Student's t with df degrees of freedom (Abramowitz & Stegun 26.7.1). */
    static double studentTUpperTail(double t, double df) {
        return 0.5 * SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /**
     * P(X > x) for X ~ χ² with one degree of freedom. X = Z² for a standard normal Z, so
     * P(X > x) = P(|Z| > √x) = erfc(√(x/2)) (Abramowitz & Stegun 26.4.4, 7.1.2).
     */
    public static double chiSquare1Survival(double x) {
        if (!(x >= 0)) {
            throw new IllegalArgumentException("χ² statistic must be ≥ 0, was " + x);
        }
        return SpecialFunctions.erfc(Math.sqrt(x / 2));
    }
}
