package dev.promptsmith.eval.metrics;

/** A point estimate with its 95% confidence interval [lower, upper]. */
public record Estimate(double value, double lower, double upper) {

    public Estimate {
        if (!(lower <= value && value <= upper)) {
            throw new IllegalArgumentException(
                    "need lower ≤ value ≤ upper, got " + lower + ", " + value + ", " + upper);
        }
    }

    /** Whether x lies inside the interval, ends included. */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }
}
