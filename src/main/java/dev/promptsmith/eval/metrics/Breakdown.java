package dev.promptsmith.eval.metrics;

/**
 * The pass rate of the cases in one group (a tag, a split or an assertion type), with its 95%
 * Wilson interval.
 */
public record Breakdown(String key, int cases, int passed, Estimate passRate) {

    static Breakdown of(String key, int passed, int cases) {
        return new Breakdown(key, cases, passed, Intervals.wilson(passed, cases));
    }
}
