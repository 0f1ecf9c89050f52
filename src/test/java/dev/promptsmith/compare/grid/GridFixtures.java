package dev.promptsmith.compare.grid;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.AssertionOutcome;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls, cells, rows and prompts for the grid tests. */
final class GridFixtures {

    private GridFixtures() {
    }

    static CellRun pass(int repeat, String output) {
        return new CellRun(repeat, output, true, 1.0, null, false, 100L, 10, 5, new BigDecimal("0.001"),
                List.of(new AssertionOutcome("contains", true, 1, "found")));
    }

    static CellRun fail(int repeat, String output, double score) {
        return new CellRun(repeat, output, false, score, null, false, 100L, 10, 5, new BigDecimal("0.001"),
                List.of(new AssertionOutcome("contains", false, 0, "Output does not contain 'billing'")));
    }

    static CellRun error(int repeat) {
        return new CellRun(repeat, "", false, 0, "Too many requests", false, 40L, 0, 0, null, List.of());
    }

    static ComparisonCell cell(CellRun... runs) {
        return new ComparisonCell("triage", "gpt", Arrays.asList(runs));
    }

    static TestCase test(String id, Map<String, Object> vars, Object expected, Split split, String... tags) {
        return new TestCase(id, vars, expected, List.of(), List.of(tags), split, null);
    }

    /** A row whose cells are given as column, cell, column, cell… */
    static ComparisonRow row(TestCase test, Object... columnsAndCells) {
        Map<String, ComparisonCell> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndCells.length; i += 2) {
            cells.put((String) columnsAndCells[i], (ComparisonCell) columnsAndCells[i + 1]);
        }
        return new ComparisonRow(test.id(), test, cells);
    }

    static PromptVariant prompt(String name, String system) {
        return new PromptVariant(name, null, null, system, List.of(new MessageTemplate(Role.USER, "{{ ticket }}")),
                null, null, null);
    }
}
