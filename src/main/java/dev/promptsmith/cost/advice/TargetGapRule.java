package dev.promptsmith.cost.advice;

import dev.promptsmith.eval.metrics.ColumnSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far the best column is from the target. Within {@link AdviceContext#SMALL_GAP} the prompt is
 * nearly there: keep iterating, starting with the cases that fail in most columns.
 */
final class TargetGapRule implements AdviceRule {

    /** How many of the most-failed cases to name. */
    static final int WORST_CASES = 5;

    @Override
    public List<Advice> advise(AdviceContext context) {
        ColumnSummary best = context.best().orElse(null);
        if (best == null) {
            return List.of();
        }
        double value = context.metricOf(best);
        if (context.inputs().target() == null) {
            return List.of(new Advice(Advice.Kind.TARGET_GAP, Advice.Severity.INFO,
                    "The project sets no target, so there is no gap to measure: add one to promptsmith.yaml "
                            + "(e.g. target: {metric: passRate, value: 0.9}). The best column is " + best.columnId()
                            + " at " + context.metricName() + " " + AdviceText.pct(value) + ".",
                    List.of(best.columnId() + ": " + context.metricName() + " " + AdviceText.pct(value)), List.of()));
        }
        double target = context.inputs().target().value();
        double gap = context.gapOf(best);
        String versus = context.metricName() + " " + AdviceText.pct(value) + " against the target's " + AdviceText.pct(target);
        List<String> evidence = new ArrayList<>();
        evidence.add(best.columnId() + ": " + versus + " (" + best.passedCases() + " of " + best.cases() + " cases pass)");
        if (gap == 0) {
            long meeting = context.ranked().stream().filter(c -> context.gapOf(c) == 0).count();
            return List.of(new Advice(Advice.Kind.TARGET_GAP, Advice.Severity.INFO,
                    best.columnId() + " meets the target: " + versus + ". "
                            + AdviceText.count((int) meeting, "column meets", "columns meet") + " it.",
                    evidence, List.of()));
        }
        if (gap <= AdviceContext.SMALL_GAP) {
            List<String> worst = worstCases(context, evidence);
            return List.of(new Advice(Advice.Kind.ITERATE_PROMPT, Advice.Severity.SUGGESTION,
                    best.columnId() + " is " + AdviceText.points(gap) + " short of the target (" + versus + "): "
                            + "close enough to keep iterating on the prompt."
                            + (worst.isEmpty() ? "" : " Start with the cases that fail in most columns: " + AdviceText.ids(worst) + "."),
                    evidence, worst));
        }
        return List.of(new Advice(Advice.Kind.TARGET_GAP, Advice.Severity.WARNING,
                best.columnId() + " is " + AdviceText.points(gap) + " short of the target (" + versus + "). A gap "
                        + "this large rarely closes by rewording alone: see whether it holds across prompt variants, "
                        + "and which kind of failure dominates.",
                evidence, List.of()));
    }

    private static List<String> worstCases(AdviceContext context, List<String> evidence) {
        List<String> worst = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : context.failingColumnsPerCase().entrySet()) {
            if (worst.size() == WORST_CASES) {
                break;
            }
            worst.add(entry.getKey());
            evidence.add(entry.getKey() + " fails in " + entry.getValue() + " of " + context.columnsWith(entry.getKey()) + " columns");
        }
        return worst;
    }
}
