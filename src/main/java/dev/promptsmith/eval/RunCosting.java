package dev.promptsmith.eval;

import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.cost.RunPrices;
import dev.promptsmith.model.Project;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;

/**
 * What an evaluation needs to put a price on its runs: the price table, a token counter for the
 * budget's worst cases, and the pre-flight estimator.
 */
public record RunCosting(PriceTable prices, TokenCounter tokens, RunEstimator estimator) {

    /** The bundled prices, without the user's overrides: for tests and tools without settings. */
    public static RunCosting bundled() {
        TokenCounter tokens = new TokenCounter();
        return new RunCosting(new PriceCatalog().bundled(), tokens, new RunEstimator(new PromptRenderer(), tokens));
    }

    public RunPrices pricesOf(RunPlan plan) {
        return RunPrices.of(plan.models(), prices);
    }

    /** A guard for the project's budget, or null when it sets none. */
    BudgetGuard budgetGuard(Project project, RunPrices runPrices) {
        var limit = project.settings().budgetUsd();
        return limit == null ? null : new BudgetGuard(limit, runPrices, tokens);
    }
}
