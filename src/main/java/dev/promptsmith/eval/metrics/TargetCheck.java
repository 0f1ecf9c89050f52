package dev.promptsmith.eval.metrics;

import java.util.Comparator;
import java.util.List;

/** Checks column summaries against a target and picks the best column. */
public final class TargetCheck {

    /**
     * Best first: highest pass rate, then highest mean score, then lowest cost (an unknown cost
     * ranks after every known one). Columns equal on all three keep their input order.
     */
    public static final Comparator<ColumnSummary> BEST_FIRST =
            Comparator.comparingDouble((ColumnSummary c) -> c.passRate().value()).reversed()
                    .thenComparing(Comparator.comparingDouble((ColumnSummary c) -> c.meanScore().value()).reversed())
                    .thenComparing(ColumnSummary::cost, CostTotal.CHEAPEST_FIRST);

    private TargetCheck() {
    }

    public static TargetReport check(List<ColumnSummary> columns, Target target) {
        List<ColumnSummary> ranked = columns.stream().sorted(BEST_FIRST).toList();
        List<String> meeting = ranked.stream().filter(target::isMetBy).map(ColumnSummary::columnId).toList();
        if (ranked.isEmpty()) {
            return new TargetReport(target, meeting, null, target.value());
        }
        ColumnSummary best = ranked.get(0);
        double shortfall = Math.max(0, target.value() - target.metric().of(best));
        return new TargetReport(target, meeting, best.columnId(), shortfall);
    }
}
