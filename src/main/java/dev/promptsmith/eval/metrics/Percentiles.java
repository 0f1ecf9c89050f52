package dev.promptsmith.eval.metrics;

import java.util.Arrays;

/**
 * Percentiles by the nearest-rank method: the P-th percentile of N sorted values is the value at
 * 1-based rank ⌈P·N/100⌉ (at least 1). It always returns an observed value, never an interpolation,
 * so "p95 = 1,840 ms" is a latency some call really had (see e.g. Wikipedia, "Percentile",
 * nearest-rank method). The rank is computed in integers so 95·20/100 is exactly 19.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank percentile (1 ≤ percent ≤ 100) of values, which need not be sorted. */
    public static long nearestRank(long[] values, int percent) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be in 1..100, was " + percent);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[rank(sorted.length, percent) - 1];
    }

    /** ⌈percent·n/100⌉, the 1-based nearest rank. */
    static int rank(int n, int percent) {
        return rank(n, percent, 100);
    }

    /** ⌈parts·n/whole⌉, at least 1; the bootstrap asks in per-mille (25/1000 for 2.5%). */
    static int rank(int n, int parts, int whole) {
        return (int) Math.max(1, ((long) parts * n + whole - 1) / whole);
    }
}
