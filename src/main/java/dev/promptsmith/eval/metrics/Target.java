package dev.promptsmith.eval.metrics;

import java.util.Objects;

/** The quality a project aims for, e.g. pass rate ≥ 0.9. */
public record Target(TargetMetric metric, double value) {

    /** A metric this little below the target still meets it: binary rounding, not a real shortfall. */
    private static final double TOLERANCE = 1e-9;

    public Target {
        Objects.requireNonNull(metric, "metric");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("target value must be in 0..1, was " + value);
        }
    }

    /** Reads the project file's form: metric key ("passRate" | "meanScore") and value. */
    public static Target of(String metricKey, double value) {
        return new Target(TargetMetric.fromKey(metricKey), value);
    }

    /**
     * Whether a column meets the target: its point estimate reaches the value. The point estimate,
     * not the interval's lower end, because that is the number the user sees next to the target;
     * the interval beside it tells how sure it is.
     */
    public boolean isMetBy(ColumnSummary column) {
        return metric.of(column) >= value - TOLERANCE;
    }
}
