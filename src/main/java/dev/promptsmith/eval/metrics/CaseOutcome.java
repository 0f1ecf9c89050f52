package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One test case in one column, its repeats folded into one result: the case passes when a strict
 * MAJORITY of its repeats pass (2 of 3 passes, 1 of 2 does not: a coin flip is not a pass), and
 * its score is the mean of its repeats' scores. Cases, not cells, are the units of every rate and
 * interval, because repeats of one case are not independent samples.
 */
public record CaseOutcome(String testId, int repeats, int passedRepeats, double meanScore) {

    /** Majority rule: more than half of the repeats passed. */
    public boolean passed() {
        return 2 * passedRepeats > repeats;
    }

    /** One column's cells folded per test case, in the order the cases first appear. */
    public static List<CaseOutcome> of(List<ScoredCell> columnCells) {
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<ScoredCell>> entry : Grouping.byCase(columnCells).entrySet()) {
            outcomes.add(fold(entry.getKey(), entry.getValue()));
        }
        return outcomes;
    }

    static CaseOutcome fold(String testId, List<ScoredCell> repeats) {
        int passed = (int) repeats.stream().filter(ScoredCell::passed).count();
        double mean = Means.of(repeats.stream().mapToDouble(ScoredCell::effectiveScore).toArray());
        return new CaseOutcome(testId, repeats.size(), passed, mean);
    }
}
