package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.Money;
import dev.promptsmith.cost.Projection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a cheaper column reaches the target, and what it saves at the projected volume; and which
 * candidate models would cost less but were never measured.
 */
final class CheaperModelRule implements AdviceRule {

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    @Override
    public List<Advice> advise(AdviceContext context) {
        Projection projection = context.inputs().projection();
        if (projection == null || projection.bestColumn() == null) {
            return List.of();
        }
        List<Advice> advice = new ArrayList<>();
        String volume = String.format(Locale.ROOT, "%,d calls a month", projection.monthlyCalls());
        Projection.ColumnCost best = projection.column(projection.bestColumn()).orElse(null);
        Projection.ColumnCost cheapest = projection.cheapestMeetingColumn() == null ? null
                : projection.column(projection.cheapestMeetingColumn()).orElse(null);
        if (cheapest != null && best != null) {
            List<String> evidence = List.of(line(context, best), line(context, cheapest));
            if (!cheapest.column().id().equals(best.column().id()) && projection.monthlySaving() != null
                    && projection.monthlySaving().signum() > 0) {
                advice.add(new Advice(Advice.Kind.CHEAPER_MODEL, Advice.Severity.SUGGESTION,
                        cheapest.column().id() + " reaches the target at " + Money.total(cheapest.monthly()) + " a month against "
                                + Money.total(best.monthly()) + " for the best column, " + best.column().id() + ", at " + volume
                                + ": it saves " + Money.total(projection.monthlySaving()) + " a month ("
                                + Money.total(projection.monthlySaving().multiply(MONTHS_A_YEAR)) + " a year).",
                        evidence, List.of()));
            } else if (cheapest.column().id().equals(best.column().id())) {
                advice.add(new Advice(Advice.Kind.CHEAPER_MODEL, Advice.Severity.INFO,
                        "The best column, " + best.column().id() + ", is also the cheapest that meets the target: "
                                + Money.total(best.monthly()) + " a month at " + volume + ".", evidence, List.of()));
            }
        }
        BigDecimal bar = cheapest != null ? cheapest.monthly() : best == null ? null : best.monthly();
        if (bar != null) {
            List<String> unmeasured = projection.models().stream()
                    .filter(m -> !m.measured() && m.monthly() != null && m.monthly().compareTo(bar) < 0)
                    .map(m -> m.model().id() + ": " + Money.total(m.monthly()) + " a month, projected from "
                            + m.basis().column().id() + "'s usage")
                    .toList();
            if (!unmeasured.isEmpty()) {
                advice.add(new Advice(Advice.Kind.CHEAPER_MODEL, Advice.Severity.INFO,
                        AdviceText.count(unmeasured.size(), "model that was not run costs", "models that were not run cost")
                                + " less than " + Money.total(bar) + " a month at " + volume + ": run the suite on "
                                + (unmeasured.size() == 1 ? "it" : "them") + " to see whether the target holds.",
                        unmeasured, List.of()));
            }
        }
        return advice;
    }

    private static String line(AdviceContext context, Projection.ColumnCost column) {
        return column.column().id() + ": " + context.metricName() + " " + AdviceText.pct(column.metric()) + ", "
                + Money.usd(column.perCall()) + " a call, " + Money.total(column.monthly()) + " a month";
    }
}
