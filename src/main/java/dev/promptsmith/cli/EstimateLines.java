package dev.promptsmith.cli;

import dev.promptsmith.cost.Money;
import dev.promptsmith.eval.RunEstimate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/** The pre-flight estimate as printed before a run: calls, cost range, and how it stands to the budget. */
final class EstimateLines {

    private EstimateLines() {
    }

    static void print(PrintWriter err, RunEstimate estimate, BigDecimal budget) {
        err.printf(Locale.ROOT, "Plan: %,d calls%s, %,d input tokens; estimated cost %s%n", estimate.calls(),
                estimate.cachedCalls() > 0 ? " (+" + estimate.cachedCalls() + " answered by the cache, free)" : "",
                estimate.inputTokens(), estimate.total().display());
        estimate.byColumn().forEach((column, range) -> err.println("  " + column + ": " + range.display()));
        if (!estimate.unpricedModels().isEmpty()) {
            err.println("  No price for " + String.join(", ", estimate.unpricedModels())
                    + ": their cost is unknown (set one in prices.json in the settings folder).");
        }
        if (budget != null && !estimate.unpricedModels().isEmpty()) {
            err.println("Budget " + Money.usd(budget) + ": it cannot be kept for models without a price, so the run "
                    + "stops at their first call. Price them, or run with --budget none.");
        } else if (budget != null) {
            String verdict = estimate.exceedsBudget(budget) ? "even the low estimate passes it; the run will stop when it would"
                    : estimate.mayExceedBudget(budget) ? "the run stops early if its spend would pass it"
                    : "the high estimate is within it";
            err.println("Budget " + Money.usd(budget) + ": " + verdict + ".");
        }
    }
}
