package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * The summary row of one column (prompt variant × model): quality, errors, speed, tokens, cost and
 * where the passes and fails fall.
 *
 * @param cases       distinct test cases (by testId), whatever the number of repeats
 * @param passedCases cases passed by the majority of their repeats ({@link CaseOutcome})
 * @param passRate    passedCases / cases with its 95% Wilson interval ({@link Intervals#wilson})
 * @param meanScore   the mean of the cases' mean scores with its 95% t interval ({@link Intervals#meanScore})
 * @param errors      cells (calls, repeats included) that ended in a provider or template error
 * @param byTag       pass rate per tag, sorted by tag
 * @param bySplit     pass rate per split ("dev", "heldout"), sorted
 * @param byAssertion pass rate per assertion type, sorted
 */
public record ColumnSummary(String columnId, int cases, int passedCases, Estimate passRate, Estimate meanScore,
        int errors, LatencyStats latency, TokenStats tokens, CostTotal cost, List<Breakdown> byTag,
        List<Breakdown> bySplit, List<Breakdown> byAssertion) {

    public ColumnSummary {
        byTag = List.copyOf(byTag);
        bySplit = List.copyOf(bySplit);
        byAssertion = List.copyOf(byAssertion);
    }
}
