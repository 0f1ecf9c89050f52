package dev.promptsmith.eval.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares two columns case by case: McNemar on pass/fail, a paired bootstrap on scores, and verdicts. */
public final class PairedComparisons {

    /** Each end of the 95% percentile interval then rests on 250 resamples (Efron & Tibshirani ask ≥ 1,000). */
    public static final int DEFAULT_RESAMPLES = 10_000;

    private PairedComparisons() {
    }

    /** {@link #compare(List, String, String, int, long)} with {@link #DEFAULT_RESAMPLES} resamples. */
    public static PairedComparison compare(List<ScoredCell> cells, String columnA, String columnB, long seed) {
        return compare(cells, columnA, columnB, DEFAULT_RESAMPLES, seed);
    }

    /**
     * Compares candidate column B against baseline A over the cases both contain (cases missing from
     * either side are ignored). Each case is folded over its repeats first ({@link CaseOutcome}); the
     * seed makes the bootstrap, and so the whole result, reproducible.
     */
    public static PairedComparison compare(List<ScoredCell> cells, String columnA, String columnB, int resamples,
            long seed) {
        Map<String, List<ScoredCell>> columns = Grouping.byColumn(cells);
        Map<String, CaseOutcome> outcomesB = byTest(columns.getOrDefault(columnB, List.of()));
        int wins = 0;
        int losses = 0;
        int ties = 0;
        List<Double> differences = new ArrayList<>();
        for (CaseOutcome a : CaseOutcome.of(columns.getOrDefault(columnA, List.of()))) {
            CaseOutcome b = outcomesB.get(a.testId());
            if (b == null) {
                continue;
            }
            wins += b.passed() && !a.passed() ? 1 : 0;
            losses += a.passed() && !b.passed() ? 1 : 0;
            ties += a.passed() == b.passed() ? 1 : 0;
            differences.add(b.meanScore() - a.meanScore());
        }
        McNemarResult mcNemar = McNemar.test(losses, wins);
        BootstrapResult bootstrap = PairedBootstrap.run(
                differences.stream().mapToDouble(Double::doubleValue).toArray(), resamples, seed);
        int shared = differences.size();
        return new PairedComparison(columnA, columnB, shared, wins, losses, ties, mcNemar, bootstrap,
                verdict(columnA, columnB, shared, wins, losses, mcNemar), scoreVerdict(columnA, columnB, bootstrap));
    }

    private static Map<String, CaseOutcome> byTest(List<ScoredCell> columnCells) {
        Map<String, CaseOutcome> outcomes = new LinkedHashMap<>();
        CaseOutcome.of(columnCells).forEach(o -> outcomes.put(o.testId(), o));
        return outcomes;
    }

    static String verdict(String a, String b, int shared, int wins, int losses, McNemarResult test) {
        if (shared == 0) {
            return "No test cases in common between " + a + " and " + b + ".";
        }
        if (wins + losses == 0) {
            return b + " and " + a + " pass and fail the same " + cases(shared) + ": no difference.";
        }
        String conclusion;
        if (!PValues.significant(test.pValue())) {
            conclusion = "no significant difference";
        } else {
            conclusion = (wins > losses ? b : a) + " is better";
        }
        return String.format(Locale.ROOT, "%s beats %s on %s and loses %d; %s (%s): %s.", b, a, cases(wins), losses,
                PValues.format(test.pValue()), test.method(), conclusion);
    }

    static String scoreVerdict(String a, String b, BootstrapResult boot) {
        if (boot.cases() == 0) {
            return "No test cases in common between " + a + " and " + b + ".";
        }
        String conclusion;
        if (!PValues.significant(boot.pValue())) {
            conclusion = "no significant difference";
        } else {
            conclusion = (boot.meanDifference() > 0 ? b : a) + " scores higher";
        }
        return String.format(Locale.ROOT,
                "Mean score %s − %s = %+.3f (95%% CI %+.3f to %+.3f); %s (paired bootstrap): %s.", b, a,
                boot.meanDifference(), boot.lower(), boot.upper(), PValues.format(boot.pValue()), conclusion);
    }

    private static String cases(int n) {
        return n == 1 ? "1 case" : n + " cases";
    }
}
