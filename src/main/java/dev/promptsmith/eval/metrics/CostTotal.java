package dev.promptsmith.eval.metrics;

import dev.promptsmith.cost.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The summed cost of some cells in USD, or unknown. One unpriced cell makes the whole total
 * unknown: a partial sum would pass for the real cost, and an unpriced model is never free.
 *
 * @param usd the total, or null when unknown
 */
public record CostTotal(BigDecimal usd) {

    public static final CostTotal UNKNOWN = new CostTotal(null);

    /** Known costs first, cheapest first; unknown last, since it cannot be shown to be cheaper. */
    public static final Comparator<CostTotal> CHEAPEST_FIRST =
            Comparator.comparing(CostTotal::usd, Comparator.nullsLast(Comparator.naturalOrder()));

    public boolean known() {
        return usd != null;
    }

    /** "$0.0123", or "unknown" — never "$0" for an unpriced model. */
    public String display() {
        return Money.usd(usd);
    }

    static CostTotal of(List<ScoredCell> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoredCell cell : cells) {
            if (cell.costUsd() == null) {
                return UNKNOWN;
            }
            sum = sum.add(cell.costUsd());
        }
        return new CostTotal(sum);
    }
}
