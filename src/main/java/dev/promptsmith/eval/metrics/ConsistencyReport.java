package dev.promptsmith.eval.metrics;

import java.util.List;

/**
 * How stable one column is across repeats. Only cases run at least twice are compared: a single
 * run cannot disagree with itself, and counting it would make a run without repeats look perfectly
 * consistent.
 *
 * @param casesWithRepeats    cases with two or more repeats
 * @param agreeingCases       of those, cases whose repeats all agree on pass/fail AND on the
 *                            normalized output ({@link ConsistencyMetrics#normalize})
 * @param meanDistinctOutputs mean number of distinct normalized outputs per compared case (1 = stable;
 *                            NaN when no case was repeated)
 * @param flakyCases          test ids whose repeats disagree on pass/fail, in first-appearance order
 */
public record ConsistencyReport(String columnId, int casesWithRepeats, int agreeingCases, double meanDistinctOutputs,
        List<String> flakyCases) {

    public ConsistencyReport {
        flakyCases = List.copyOf(flakyCases);
    }

    /** agreeingCases / casesWithRepeats; NaN when no case was repeated, as there is nothing to measure. */
    public double agreementRate() {
        return casesWithRepeats == 0 ? Double.NaN : (double) agreeingCases / casesWithRepeats;
    }
}
