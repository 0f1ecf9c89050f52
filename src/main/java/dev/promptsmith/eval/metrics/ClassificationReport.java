package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * Classification quality of one column, over every cell that carries an expected label (each
 * repeat is one prediction).
 *
 * @param accuracy  correct / predictions, where a missing prediction is wrong
 * @param labels    per-label scores for every real label (expected or predicted), sorted; the
 *                  no-prediction marker is not a class and is left out
 * @param macroF1   the unweighted mean of the labels' F1, so rare labels weigh as much as common ones
 * @param confusion the confusion matrix over the sorted labels, plus {@link ClassificationMetrics#NO_PREDICTION}
 *                  last when some output yielded no label
 */
public record ClassificationReport(String columnId, int predictions, int correct, double accuracy,
        List<LabelScores> labels, double macroF1, ConfusionMatrix confusion) {

    public ClassificationReport {
        labels = List.copyOf(labels);
    }
}
