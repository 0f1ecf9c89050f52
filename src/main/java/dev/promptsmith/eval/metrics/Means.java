package dev.promptsmith.eval.metrics;

/**
 * Arithmetic means that do not drift on the values scores take. A plain sum of ten 0.85s divided
 * by ten gives 0.8499999999999999, which would fail a 0.85 target; so the mean is taken around the
 * first value (x₀ + Σ(xᵢ − x₀)/n, exact when all values are equal) with Neumaier's compensated
 * summation (Neumaier 1974) for the rest.
 */
final class Means {

    private Means() {
    }

    static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double shift = values[0];
        double sum = 0;
        double compensation = 0;
        for (double v : values) {
            double x = v - shift;
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return shift + (sum + compensation) / values.length;
    }
}
