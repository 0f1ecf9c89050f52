package dev.promptsmith.compare.history;

import dev.promptsmith.compare.grid.RowSort;
import dev.promptsmith.compare.grid.RunColumns;
import dev.promptsmith.eval.metrics.CaseOutcome;
import dev.promptsmith.eval.metrics.PairedComparison;
import dev.promptsmith.eval.metrics.PairedComparisons;
import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.StoredCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compares two stored runs case by case: each (test, prompt name, model) of run A against the same
 * in run B, repeats folded, sorted regressions first, with the paired verdict of
 * {@link PairedComparisons} over the cases both runs have.
 */
public final class RunComparison {

    /** Seeds the bootstrap so the same two runs always give the same interval and p-value. */
    public static final long SEED = 20_261_128L;

    /** Score differences smaller than this are rounding, not change. */
    private static final double EPSILON = 1e-9;

    private RunComparison() {
    }

    /** @throws IllegalArgumentException when the store lacks either run */
    public static RunComparisonReport compare(ResultsStore store, long runA, long runB) {
        String labelA = "run " + runA;
        String labelB = "run " + runB;
        Map<String, CaseKey> keys = new LinkedHashMap<>();
        List<ScoredCell> cells = new ArrayList<>();
        read(store, runA, labelA, keys, cells);
        read(store, runB, labelB, keys, cells);
        Map<String, CaseOutcome> a = outcomes(cells, labelA);
        Map<String, CaseOutcome> b = outcomes(cells, labelB);
        List<CaseComparison> cases = new ArrayList<>();
        keys.forEach((id, key) -> {
            CaseOutcome inA = named(a.get(id), key);
            CaseOutcome inB = named(b.get(id), key);
            cases.add(new CaseComparison(key.testId(), key.prompt(), key.modelId(), change(inA, inB), inA, inB));
        });
        cases.sort(ORDER);
        PairedComparison paired = PairedComparisons.compare(cells, labelA, labelB, SEED);
        return new RunComparisonReport(runA, runB, cases, paired);
    }

    /** A case across runs: the prompt by name, as versions of one prompt differ by hash. */
    private record CaseKey(String testId, String prompt, String modelId) {

        /** One string for the metrics, which pair cells by test id; the separator occurs in no id. */
        String id() {
            return testId + '\u001f' + prompt + '\u001f' + modelId;
        }
    }

    private static void read(ResultsStore store, long runId, String label, Map<String, CaseKey> keys, List<ScoredCell> out) {
        RunColumns columns = RunColumns.of(store, runId);
        try (Stream<StoredCell> stored = store.cells(runId)) {
            stored.forEach(cell -> {
                CaseKey key = new CaseKey(cell.key().testId(), columns.promptName(cell.key().promptHash()), cell.key().modelId());
                keys.putIfAbsent(key.id(), key);
                out.add(scored(key.id(), label, cell));
            });
        }
    }

    /** Only what the verdicts need: a failed call is a fail with score 0, as in a run's summary. */
    private static ScoredCell scored(String caseId, String label, StoredCell cell) {
        double score = cell.ok() ? Math.max(0, Math.min(1, cell.score())) : 0;
        return new ScoredCell(caseId, label, cell.key().repeat(), cell.ok() && cell.pass(), score, !cell.ok(), 0, 0, 0,
                null, null, null, null, null, null, null);
    }

    private static Map<String, CaseOutcome> outcomes(List<ScoredCell> cells, String label) {
        Map<String, CaseOutcome> byId = new LinkedHashMap<>();
        CaseOutcome.of(cells.stream().filter(c -> c.columnId().equals(label)).toList()).forEach(o -> byId.put(o.testId(), o));
        return byId;
    }

    /** The outcome with the plain test id in place of the composite one. */
    private static CaseOutcome named(CaseOutcome outcome, CaseKey key) {
        return outcome == null ? null : new CaseOutcome(key.testId(), outcome.repeats(), outcome.passedRepeats(), outcome.meanScore());
    }

    static CaseChange change(CaseOutcome a, CaseOutcome b) {
        if (b == null) {
            return CaseChange.ONLY_IN_A;
        }
        if (a == null) {
            return CaseChange.ONLY_IN_B;
        }
        if (a.passed() != b.passed()) {
            return a.passed() ? CaseChange.REGRESSION : CaseChange.IMPROVEMENT;
        }
        double delta = b.meanScore() - a.meanScore();
        return delta < -EPSILON ? CaseChange.REGRESSION : delta > EPSILON ? CaseChange.IMPROVEMENT : CaseChange.UNCHANGED;
    }

    /** Kind first; within a kind, verdict changes before score changes, larger changes first; then by id. */
    private static final Comparator<CaseComparison> ORDER = Comparator
            .comparing(CaseComparison::change)
            .thenComparing(c -> !c.verdictChanged())
            .thenComparingDouble(c -> Double.isNaN(c.scoreChange()) ? 0 : -Math.abs(c.scoreChange()))
            .thenComparing(CaseComparison::testId, RowSort.naturalOrder())
            .thenComparing(CaseComparison::prompt)
            .thenComparing(CaseComparison::modelId);
}
