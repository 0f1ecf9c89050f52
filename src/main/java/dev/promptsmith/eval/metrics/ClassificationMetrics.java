package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Accuracy, per-label precision/recall/F1, macro-F1 and the confusion matrix of classification columns. */
public final class ClassificationMetrics {

    /**
     * Stands for "no label could be extracted" in the confusion matrix. It is a column of its own so
     * that unparseable outputs show up instead of vanishing, but it is not a class: it gets no
     * per-label scores and does not enter macro-F1.
     */
    public static final String NO_PREDICTION = "(none)";

    private ClassificationMetrics() {
    }

    /** A report per column that has labelled cells, in the order the columns first appear. */
    public static List<ClassificationReport> of(List<ScoredCell> cells) {
        List<ClassificationReport> reports = new ArrayList<>();
        Grouping.byColumn(cells).forEach((columnId, columnCells) ->
                ofColumn(columnId, columnCells).ifPresent(reports::add));
        return List.copyOf(reports);
    }

    /** The report of one column, or empty when none of its cells carries an expected label. */
    public static Optional<ClassificationReport> ofColumn(String columnId, List<ScoredCell> columnCells) {
        List<ScoredCell> labelled = columnCells.stream().filter(c -> c.expectedLabel() != null).toList();
        if (labelled.isEmpty()) {
            return Optional.empty();
        }
        SortedSet<String> classes = new TreeSet<>();
        boolean anyMissing = false;
        for (ScoredCell cell : labelled) {
            classes.add(cell.expectedLabel());
            if (cell.predictedLabel() == null) {
                anyMissing = true;
            } else {
                classes.add(cell.predictedLabel());
            }
        }
        List<String> matrixLabels = new ArrayList<>(classes);
        if (anyMissing) {
            matrixLabels.add(NO_PREDICTION);
        }
        ConfusionMatrix matrix = new ConfusionMatrix(matrixLabels);
        int correct = 0;
        for (ScoredCell cell : labelled) {
            String predicted = Objects.requireNonNullElse(cell.predictedLabel(), NO_PREDICTION);
            matrix.add(cell.expectedLabel(), predicted);
            correct += cell.expectedLabel().equals(cell.predictedLabel()) ? 1 : 0;
        }
        List<LabelScores> scores = labelScores(classes, matrix);
        double macroF1 = scores.stream().mapToDouble(LabelScores::f1).average().orElse(0);
        return Optional.of(new ClassificationReport(columnId, labelled.size(), correct,
                (double) correct / labelled.size(), scores, macroF1, matrix));
    }

    private static List<LabelScores> labelScores(SortedSet<String> classes, ConfusionMatrix matrix) {
        List<String> all = matrix.labels();
        List<LabelScores> scores = new ArrayList<>();
        for (String label : classes) {
            int support = 0;
            int predicted = 0;
            for (String other : all) {
                support += matrix.count(label, other);
                predicted += matrix.count(other, label);
            }
            scores.add(LabelScores.of(label, matrix.count(label, label), support, predicted));
        }
        return scores;
    }
}
