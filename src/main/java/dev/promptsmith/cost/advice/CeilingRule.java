package dev.promptsmith.cost.advice;

import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.PValues;
import dev.promptsmith.eval.metrics.PairedComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a large gap holds across prompt variants. When every variant's best column falls more than
 * {@link AdviceContext#SMALL_GAP} short and the variants lie within {@link AdviceContext#CONSISTENT_SPREAD}
 * of each other (and no paired comparison between variants finds a significant difference), the
 * prompt has hit a ceiling: rewording does not move it.
 */
final class CeilingRule implements AdviceRule {

    /** The variants' best columns and whether they show a ceiling. */
    record Finding(Map<String, ColumnSummary> bestPerPrompt, double low, double high, List<PairedComparison> betweenVariants,
            boolean ceiling) {
    }

    /** Empty without a target, with fewer than two variants, or when a variant is within a small gap. */
    static Optional<Finding> detect(AdviceContext context) {
        if (context.inputs().target() == null) {
            return Optional.empty();
        }
        Map<String, ColumnSummary> best = context.bestPerPrompt();
        if (best.size() < 2 || best.values().stream().anyMatch(c -> context.gapOf(c) <= AdviceContext.SMALL_GAP)) {
            return Optional.empty();
        }
        double low = best.values().stream().mapToDouble(context::metricOf).min().orElse(0);
        double high = best.values().stream().mapToDouble(context::metricOf).max().orElse(0);
        List<PairedComparison> between = context.inputs().comparisons().stream()
                .filter(c -> differentPrompts(context, c)).toList();
        boolean significant = between.stream().anyMatch(c -> PValues.significant(c.mcNemar().pValue()));
        return Optional.of(new Finding(best, low, high, between,
                high - low <= AdviceContext.CONSISTENT_SPREAD + 1e-9 && !significant));
    }

    @Override
    public List<Advice> advise(AdviceContext context) {
        Optional<Finding> found = detect(context);
        if (found.isEmpty()) {
            return List.of();
        }
        Finding finding = found.get();
        List<String> evidence = new ArrayList<>();
        finding.bestPerPrompt().forEach((prompt, column) -> evidence.add(prompt + ": best " + column.columnId() + " at "
                + context.metricName() + " " + AdviceText.pct(context.metricOf(column)) + ", "
                + AdviceText.points(context.gapOf(column)) + " short"));
        finding.betweenVariants().forEach(c -> evidence.add(c.verdict()));
        String range = finding.low() == finding.high() ? AdviceText.pct(finding.low())
                : AdviceText.pct(finding.low()) + "–" + AdviceText.pct(finding.high());
        int variants = finding.bestPerPrompt().size();
        if (finding.ceiling()) {
            return List.of(new Advice(Advice.Kind.CEILING, Advice.Severity.WARNING,
                    "All " + variants + " prompt variants stop at " + context.metricName() + " " + range
                            + ", far from the target and within " + AdviceText.points(AdviceContext.CONSISTENT_SPREAD)
                            + " of each other: a ceiling that rewording does not move. Look at the failure modes: "
                            + "a stronger model, structured output, or fine-tuning if the failures are missing knowledge.",
                    evidence, List.of()));
        }
        return List.of(new Advice(Advice.Kind.CEILING, Advice.Severity.INFO,
                "The prompt variants differ (" + context.metricName() + " " + range + "): the gap is large but the "
                        + "prompt still moves it, so it is not a ceiling yet. Work from the best variant.",
                evidence, List.of()));
    }

    private static boolean differentPrompts(AdviceContext context, PairedComparison comparison) {
        var a = context.column(comparison.columnA());
        var b = context.column(comparison.columnB());
        return a.isPresent() && b.isPresent() && !a.get().prompt().equals(b.get().prompt());
    }
}
