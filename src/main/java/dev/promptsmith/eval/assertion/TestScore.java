package dev.promptsmith.eval.assertion;

import java.util.List;

/**
 * The verdict on one output of one test case.
 *
 * @param score the weighted mean of the assertion scores, 0 to 1
 * @param results every assertion's result, in the order they ran
 */
public record TestScore(boolean pass, double score, List<AssertionResult> results) {

    public TestScore {
        results = List.copyOf(results);
    }

    public List<AssertionResult> failures() {
        return results.stream().filter(r -> !r.pass()).toList();
    }
}
