package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * Counts of (expected, predicted) label pairs; rows are expected labels, columns predicted ones,
 * both in the order of {@link #labels()}.
 */
public final class ConfusionMatrix {

    private final List<String> labels;
    private final int[][] counts;

    ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
    }

    void add(String expected, String predicted) {
        counts[index(expected)][index(predicted)]++;
    }

    public List<String> labels() {
        return labels;
    }

    /** How many predictions expected {@code expected} and chose {@code predicted}. */
    public int count(String expected, String predicted) {
        return counts[index(expected)][index(predicted)];
    }

    /** Row i, column j as in {@link #labels()}; a copy. */
    public int[][] toArray() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label: " + label);
        }
        return i;
    }
}
