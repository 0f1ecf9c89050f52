package dev.promptsmith.compare.history;

import dev.promptsmith.compare.grid.RunColumns;
import dev.promptsmith.eval.ScoredCells;
import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSummary;
import dev.promptsmith.store.StoredCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's past runs with their column summaries, computed from the stored cells exactly as
 * {@code eval} computes its summary table ({@link ColumnMetrics}). Reads the store; call it off the
 * FX thread.
 */
public final class RunHistory {

    private final ResultsStore store;

    public RunHistory(ResultsStore store) {
        this.store = store;
    }

    /**
     * Every run, newest first. {@code projectTests} give the tags and splits of the breakdowns; a
     * test the project no longer has still counts, without them.
     */
    public List<PastRun> list(List<TestCase> projectTests) {
        Map<String, TestCase> tests = byId(projectTests);
        return store.runs().stream().map(run -> load(run, tests)).toList();
    }

    /** One run; {@code Optional.empty()} when the store has no such run. */
    public Optional<PastRun> load(long runId, List<TestCase> projectTests) {
        Map<String, TestCase> tests = byId(projectTests);
        return store.runs().stream().filter(r -> r.id() == runId).findFirst().map(run -> load(run, tests));
    }

    private PastRun load(RunSummary run, Map<String, TestCase> tests) {
        RunColumns columns;
        try {
            columns = RunColumns.of(store, run.id());
        } catch (IllegalStateException e) {
            // The plan names a prompt version the store lacks: the run is listed, with the reason.
            return new PastRun(run, List.of(), List.of(), 0, 0, List.of(), e.getMessage());
        }
        List<ScoredCell> scored;
        try (Stream<StoredCell> cells = store.cells(run.id())) {
            scored = cells.map(c -> ScoredCells.of(c, tests.get(c.key().testId()), columns.columnId(c.key()))).toList();
        }
        Map<String, ColumnSummary> byColumn = new LinkedHashMap<>();
        ColumnMetrics.summarize(scored).forEach(s -> byColumn.put(s.columnId(), s));
        List<ColumnSummary> summaries = new ArrayList<>();
        for (String id : columns.columnIds()) {
            ColumnSummary summary = byColumn.remove(id);
            if (summary != null) {
                summaries.add(summary);
            }
        }
        // Columns the plan does not list: prompt versions added when the run was resumed.
        summaries.addAll(byColumn.values());
        var spec = columns.spec();
        return new PastRun(run, spec.prompts().stream().map(PromptVariant::name).toList(), spec.modelIds(),
                spec.testIds().size(), spec.repeats(), summaries, null);
    }

    private static Map<String, TestCase> byId(List<TestCase> tests) {
        Map<String, TestCase> byId = new HashMap<>();
        tests.forEach(t -> byId.putIfAbsent(t.id(), t));
        return byId;
    }
}
