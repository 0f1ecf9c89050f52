package dev.promptsmith.dataset;

import dev.promptsmith.model.TestCase;
import java.util.List;

/**
 * A new split of a test suite.
 *
 * @param tests every test case in its original order, with only its split changed
 * @param strata one summary per group, in name order
 * @param changed how many cases moved from one split to the other
 */
public record SplitResult(List<TestCase> tests, List<StratumSummary> strata, int changed) {

    public SplitResult {
        tests = List.copyOf(tests);
        strata = List.copyOf(strata);
    }

    public int heldOut() {
        return strata.stream().mapToInt(StratumSummary::heldOut).sum();
    }
}
