package dev.promptsmith.eval.metrics;

import java.util.Arrays;

/** The column metrics a project target can name, under the keys used in promptsmith.yaml. */
public enum TargetMetric {
    PASS_RATE("passRate"),
    MEAN_SCORE("meanScore");

    private final String key;

    TargetMetric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The point estimate of this metric for a column. */
    public double of(ColumnSummary column) {
        return this == PASS_RATE ? column.passRate().value() : column.meanScore().value();
    }

    public static TargetMetric fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown target metric: " + key
                        + " (expected passRate or meanScore)"));
    }
}
