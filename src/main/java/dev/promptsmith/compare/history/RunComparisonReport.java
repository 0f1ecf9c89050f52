package dev.promptsmith.compare.history;

import dev.promptsmith.eval.metrics.PairedComparison;
import java.util.List;
import java.util.Locale;

/**
 * Two stored runs compared case by case.
 *
 * @param cases  regressions first (verdict changes, then the largest score drops), then
 *               improvements (likewise), unchanged, only in A, only in B; by test id within each
 * @param paired the paired tests over the cases both runs have: McNemar on pass/fail, a paired
 *               bootstrap on scores; its columns are named "run A-id" and "run B-id"
 */
public record RunComparisonReport(long runA, long runB, List<CaseComparison> cases, PairedComparison paired) {

    public RunComparisonReport {
        cases = List.copyOf(cases);
    }

    public List<CaseComparison> regressions() {
        return of(CaseChange.REGRESSION);
    }

    public List<CaseComparison> improvements() {
        return of(CaseChange.IMPROVEMENT);
    }

    public List<CaseComparison> unchanged() {
        return of(CaseChange.UNCHANGED);
    }

    public List<CaseComparison> onlyInA() {
        return of(CaseChange.ONLY_IN_A);
    }

    public List<CaseComparison> onlyInB() {
        return of(CaseChange.ONLY_IN_B);
    }

    /** The pass/fail verdict in one sentence, e.g. "run 15 beats run 12 on 12 cases and loses 3; p = 0.035 (McNemar exact): run 15 is better." */
    public String verdict() {
        return paired.verdict();
    }

    /** The score verdict in one sentence (paired bootstrap). */
    public String scoreVerdict() {
        return paired.scoreVerdict();
    }

    /** The counts in one line, e.g. "2 regressions, 3 improvements, 40 unchanged; 1 case only in run 12, none only in run 15." */
    public String counts() {
        return String.format(Locale.ROOT, "%s, %s, %d unchanged; %s only in run %d, %s only in run %d.",
                count(regressions().size(), "regression"), count(improvements().size(), "improvement"), unchanged().size(),
                cases(onlyInA().size()), runA, cases(onlyInB().size()), runB);
    }

    private List<CaseComparison> of(CaseChange change) {
        return cases.stream().filter(c -> c.change() == change).toList();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String cases(int n) {
        return n == 0 ? "none" : count(n, "case");
    }
}
