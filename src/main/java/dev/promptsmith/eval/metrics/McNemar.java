package dev.promptsmith.eval.metrics;

/**
 * McNemar's test for paired pass/fail outcomes (McNemar 1947). Only the discordant pairs carry
 * information: under "no difference" each of the n = b + c of them is equally likely to favour
 * either side, so b ~ Binomial(n, ½).
 * <ul>
 *   <li>n &lt; 25: the exact two-sided binomial p = min(1, 2 · Σ_{i ≤ min(b,c)} C(n, i) / 2ⁿ), because
 *       the χ² approximation is poor for few discordant pairs (Fagerland, Lydersen & Laake 2013).
 *   <li>n ≥ 25: χ² = (max(0, |b − c| − 1))² / n with Edwards' continuity correction (Edwards 1948),
 *       p = P(χ²₁ > χ²) = erfc(√(χ²/2)). The max(0, …) keeps b = c at χ² = 0, p = 1.
 * </ul>
 * With no discordant pairs the two sides never differ and p = 1.
 */
public final class McNemar {

    /** Below this many discordant pairs the exact test is used. */
    public static final int EXACT_BELOW = 25;

    private McNemar() {
    }

    public static McNemarResult test(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0, got b=" + b + ", c=" + c);
        }
        int n = b + c;
        if (n < EXACT_BELOW) {
            return new McNemarResult(b, c, true, Double.NaN, exactTwoSided(Math.min(b, c), n));
        }
        double excess = Math.max(0, Math.abs(b - c) - 1);
        double chiSquare = excess * excess / n;
        return new McNemarResult(b, c, false, chiSquare, Distributions.chiSquare1Survival(chiSquare));
    }

    /** 2 · P(X ≤ k) for X ~ Binomial(n, ½), capped at 1; exact in longs since n &lt; 25 &lt; 63. */
    private static double exactTwoSided(int k, int n) {
        long tail = 0;
        long choose = 1; // C(n, 0)
        for (int i = 0; i <= k; i++) {
            tail += choose;
            choose = choose * (n - i) / (i + 1);
        }
        return Math.min(1, 2.0 * tail / (1L << n));
    }
}
