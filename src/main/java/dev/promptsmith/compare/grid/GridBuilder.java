package dev.promptsmith.compare.grid;

import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.StoredCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gathers calls into a {@link ComparisonGrid}: a row per test case in the order given (then any test
 * met only in the calls), a cell per column that ran it, each cell holding its repeats.
 */
public final class GridBuilder {

    private final Set<String> columns;
    private final Map<String, TestCase> tests = new LinkedHashMap<>();
    private final Map<String, Map<String, Pending>> cells = new LinkedHashMap<>();

    private record Pending(String prompt, String modelId, List<CellRun> runs) {
    }

    /** @param tests the rows in display order; a test without calls shows an empty row */
    public GridBuilder(List<String> columns, List<TestCase> tests) {
        this.columns = new LinkedHashSet<>(columns);
        for (TestCase test : tests) {
            this.tests.put(test.id(), test);
            cells.put(test.id(), new LinkedHashMap<>());
        }
    }

    /** The grid of a stored run; {@code projectTests} supply the test cases still in the project. */
    public static ComparisonGrid ofRun(ResultsStore store, long runId, List<TestCase> projectTests) {
        RunColumns columns = RunColumns.of(store, runId);
        Map<String, TestCase> byId = new LinkedHashMap<>();
        projectTests.forEach(t -> byId.putIfAbsent(t.id(), t));
        GridBuilder builder = new GridBuilder(columns.columnIds(), List.of());
        columns.spec().testIds().forEach(id -> builder.addRow(id, byId.get(id)));
        try (Stream<StoredCell> stored = store.cells(runId)) {
            stored.forEach(c -> builder.add(c.key().testId(), columns.columnId(c.key()),
                    columns.promptName(c.key().promptHash()), c.key().modelId(), CellRun.of(c)));
        }
        return builder.build();
    }

    /** The grid of a run in memory (finished or in progress) from the cells it has returned so far. */
    public static ComparisonGrid ofResults(RunPlan plan, List<CellResult> results) {
        GridBuilder builder = new GridBuilder(plan.columns().stream().map(RunPlan.Column::id).toList(), plan.tests());
        for (CellResult result : results) {
            var key = result.key();
            builder.add(key.testId(), key.column(), key.prompt(), key.modelId(), CellRun.of(result));
        }
        return builder.build();
    }

    public GridBuilder add(String testId, String columnId, String prompt, String modelId, CellRun run) {
        columns.add(columnId);
        cells.computeIfAbsent(testId, id -> new LinkedHashMap<>())
                .computeIfAbsent(columnId, id -> new Pending(prompt, modelId, new ArrayList<>())).runs().add(run);
        return this;
    }

    public ComparisonGrid build() {
        List<ComparisonRow> rows = new ArrayList<>(cells.size());
        cells.forEach((testId, byColumn) -> {
            Map<String, ComparisonCell> ordered = new LinkedHashMap<>();
            for (String column : columns) {
                Pending pending = byColumn.get(column);
                if (pending != null) {
                    ordered.put(column, new ComparisonCell(pending.prompt(), pending.modelId(), pending.runs()));
                }
            }
            rows.add(new ComparisonRow(testId, tests.get(testId), ordered));
        });
        return new ComparisonGrid(List.copyOf(columns), rows);
    }

    private void addRow(String testId, TestCase test) {
        if (test != null) {
            tests.put(testId, test);
        }
        cells.computeIfAbsent(testId, id -> new LinkedHashMap<>());
    }
}
