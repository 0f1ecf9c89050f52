package dev.promptsmith.export.finetune;

import java.util.List;

/** Summary of a list of counts, as the cookbook prints them: min, max, mean, median, p5 and p95. */
public record Distribution(int min, int max, double mean, double median, double p5, double p95) {

    public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0, 0);

    /** Percentiles interpolate between neighbours, like numpy's default (the cookbook's). */
    public static Distribution of(List<Integer> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new Distribution(sorted[0], sorted[sorted.length - 1], mean, quantile(sorted, 0.5),
                quantile(sorted, 0.05), quantile(sorted, 0.95));
    }

    private static double quantile(int[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
