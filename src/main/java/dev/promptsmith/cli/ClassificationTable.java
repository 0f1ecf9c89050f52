package dev.promptsmith.cli;

import dev.promptsmith.eval.metrics.ClassificationMetrics;
import dev.promptsmith.eval.metrics.ClassificationReport;
import dev.promptsmith.eval.metrics.ConfusionMatrix;
import dev.promptsmith.eval.metrics.LabelScores;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Printed after the summary for columns whose tests check a label: accuracy, per-label scores, confusion. */
final class ClassificationTable {

    private ClassificationTable() {
    }

    static void print(PrintWriter out, List<ClassificationReport> reports) {
        for (ClassificationReport report : reports) {
            out.println();
            out.printf(Locale.ROOT, "%s — accuracy %.0f%% (%d of %d), macro-F1 %.2f%n", report.columnId(),
                    report.accuracy() * 100, report.correct(), report.predictions(), report.macroF1());
            int width = Math.max(8, report.confusion().labels().stream().mapToInt(String::length).max().orElse(8));
            String row = "  %-" + width + "s  %9s  %6s  %5s  %7s%n";
            out.printf(Locale.ROOT, row, "Label", "Precision", "Recall", "F1", "Support");
            for (LabelScores s : report.labels()) {
                out.printf(Locale.ROOT, row, s.label(), fixed(s.precision()), fixed(s.recall()), fixed(s.f1()), s.support());
            }
            printConfusion(out, report.confusion(), width);
        }
    }

    /** Rows are the expected labels, columns the predicted ones. */
    private static void printConfusion(PrintWriter out, ConfusionMatrix matrix, int width) {
        List<String> labels = matrix.labels();
        int cell = Math.max(5, labels.stream().mapToInt(String::length).max().orElse(5));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", "expected \\ got"));
        labels.forEach(l -> header.append(String.format(Locale.ROOT, "  %" + cell + "s", l)));
        out.println(header);
        for (String expected : labels) {
            if (expected.equals(ClassificationMetrics.NO_PREDICTION)) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", expected));
            for (String predicted : labels) {
                int n = matrix.count(expected, predicted);
                line.append(String.format(Locale.ROOT, "  %" + cell + "s", n == 0 ? "." : Integer.toString(n)));
            }
            out.println(line);
        }
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
