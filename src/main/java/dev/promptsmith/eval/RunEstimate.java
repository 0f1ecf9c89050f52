package dev.promptsmith.eval;

import dev.promptsmith.cost.CostRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a run will cost before it starts: its calls (cells the response cache already answers are
 * free and counted apart) and a low / expected / high cost per column and in total.
 *
 * @param calls cells that will call a model
 * @param cachedCalls cells the response cache answers, at no cost
 * @param byColumn cost range by column id, in plan order
 * @param unpricedModels ids of models without a price: their cost, and so the total, is unknown
 * @param assumptions how output lengths were guessed, in words, for the user to judge the figures
 */
public record RunEstimate(int calls, int cachedCalls, int inputTokens, Map<String, CostRange> byColumn,
                          CostRange total, List<String> unpricedModels, List<String> assumptions) {

    public RunEstimate {
        byColumn = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byColumn));
        unpricedModels = List.copyOf(unpricedModels);
        assumptions = List.copyOf(assumptions);
    }

    /** Whether even the low estimate passes the budget (null budget: never). */
    public boolean exceedsBudget(BigDecimal budget) {
        return budget != null && total.low() != null && total.low().compareTo(budget) > 0;
    }

    /** Whether the high estimate passes the budget, so the run may stop before its end. */
    public boolean mayExceedBudget(BigDecimal budget) {
        return budget != null && (total.high() == null || total.high().compareTo(budget) > 0);
    }
}
