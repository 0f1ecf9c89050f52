package dev.promptsmith.eval.metrics;

/**
 * The special functions behind the distributions: log-gamma, the regularized incomplete beta and
 * gamma functions, and erfc. Written here because the engine takes no maths library (one would be
 * a large dependency for four functions); the algorithms are the textbook ones cited on each method.
 */
final class SpecialFunctions {

    private static final double EPSILON = 1e-15;
    /** Keeps Lentz's continued fractions away from division by zero (Numerical Recipes §5.2). */
    private static final double TINY = 1e-300;
    /** Continued fractions for I_x(a, b) need O(√max(a, b)) terms; this covers df in the millions. */
    private static final int MAX_ITERATIONS = 100_000;

    /** Lanczos coefficients for g = 7, n = 9 (Godfrey's set, relative error about 1e-15). */
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private SpecialFunctions() {
    }

    /** ln Γ(x) for x > 0 by the Lanczos approximation (Lanczos 1964; Press et al., Numerical Recipes §6.1). */
    static double lnGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("lnGamma needs x > 0, was " + x);
        }
        if (x < 0.5) {
            // Reflection Γ(x)Γ(1−x) = π / sin(πx): the series is accurate only for x ≥ 1/2.
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /**
     * The regularized incomplete beta function I_x(a, b), by its continued fraction evaluated with
     * the modified Lentz method, using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction
     * converges faster (Press et al., Numerical Recipes §6.4).
     */
    static double regularizedBeta(double x, double a, double b) {
        if (!(x >= 0 && x <= 1) || !(a > 0) || !(b > 0)) {
            throw new IllegalArgumentException("regularizedBeta needs 0 ≤ x ≤ 1, a > 0, b > 0");
        }
        if (x == 0 || x == 1) {
            return x;
        }
        double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta did not converge for a=" + a + ", b=" + b + ", x=" + x);
    }

    /**
     * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a): its series for
     * x < a + 1, its continued fraction otherwise (Press et al., Numerical Recipes §6.2).
     */
    static double regularizedGammaQ(double a, double x) {
        if (!(a > 0) || !(x >= 0)) {
            throw new IllegalArgumentException("regularizedGammaQ needs a > 0 and x ≥ 0");
        }
        if (x == 0) {
            return 1;
        }
        double front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n <= MAX_ITERATIONS && Math.abs(term) >= Math.abs(sum) * EPSILON; n++) {
                term *= x / (a + n);
                sum += term;
            }
            return 1 - front * sum;
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = 1 / nonZero(an * d + b);
            c = nonZero(b + an / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return front * h;
            }
        }
        throw new ArithmeticException("incomplete gamma did not converge for a=" + a + ", x=" + x);
    }

    /** The complementary error function, erfc(x) = Q(1/2, x²) for x ≥ 0 (Abramowitz & Stegun 6.5.17, 7.1.2). */
    static double erfc(double x) {
        double upper = regularizedGammaQ(0.5, x * x);
        return x >= 0 ? upper : 2 - upper;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
