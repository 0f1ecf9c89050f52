package dev.promptsmith.eval.metrics;

/**
 * Precision, recall and F1 of one label, one-vs-rest. A ratio whose denominator is 0 is 0 (the
 * zero_division=0 convention of scikit-learn's precision_recall_fscore_support): a label never
 * predicted has precision 0, a label never expected has recall 0, and F1 is 0 when both are 0.
 * <pre>
 *   precision = TP / (TP + FP)    recall = TP / (TP + FN)    F1 = 2·P·R / (P + R)
 * </pre>
 *
 * @param support   how many predictions expected this label (TP + FN)
 * @param predicted how many predictions chose this label (TP + FP)
 */
public record LabelScores(String label, int truePositives, int support, int predicted, double precision,
        double recall, double f1) {

    static LabelScores of(String label, int truePositives, int support, int predicted) {
        double precision = ratio(truePositives, predicted);
        double recall = ratio(truePositives, support);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScores(label, truePositives, support, predicted, precision, recall, f1);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
