package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.cell;
import static dev.promptsmith.compare.grid.GridFixtures.fail;
import static dev.promptsmith.compare.grid.GridFixtures.pass;
import static dev.promptsmith.compare.grid.GridFixtures.row;
import static dev.promptsmith.compare.grid.GridFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowSortTest {

    // B − A: t1 = 1 − 0.2 = 0.8, t2 = 0.5 − 1 = −0.5, t3 = 0.6 − 0.6 = 0, t4 has no B cell.
    private final ComparisonRow t1 = row(test("t1", Map.of(), null, Split.DEV), "A", cell(fail(0, "x", 0.2)), "B", cell(pass(0, "y")));
    private final ComparisonRow t2 = row(test("t2", Map.of(), null, Split.DEV), "A", cell(pass(0, "x")), "B", cell(fail(0, "y", 0.5)));
    private final ComparisonRow t3 = row(test("t3", Map.of(), null, Split.DEV), "A", cell(fail(0, "x", 0.6)), "B", cell(fail(0, "y", 0.6)));
    private final ComparisonRow t4 = row(test("t4", Map.of(), null, Split.DEV), "A", cell(pass(0, "x")));

    @Test
    void byScoreDifferenceDescendingPutsTheBiggestGainOfBFirstAndRowsLackingAColumnLast() {
        assertThat(RowSort.apply(List.of(t4, t2, t3, t1), RowSort.byScoreDifference("A", "B", true)))
                .containsExactly(t1, t3, t2, t4);
    }

    @Test
    void byScoreDifferenceAscendingPutsTheBiggestLossFirstAndStillRowsLackingAColumnLast() {
        assertThat(RowSort.apply(List.of(t4, t1, t3, t2), RowSort.byScoreDifference("A", "B", false)))
                .containsExactly(t2, t3, t1, t4);
    }

    @Test
    void testIdsSortNaturallyWithNumbersByValue() {
        List<String> ids = List.of("t10", "t2", "t1", "a", "t02", "t2b");
        List<ComparisonRow> rows = ids.stream().map(id -> new ComparisonRow(id, null, Map.of())).toList();

        assertThat(RowSort.apply(rows, RowSort.byTestId())).extracting(ComparisonRow::testId)
                .containsExactly("a", "t1", "t02", "t2", "t2b", "t10");
    }

    @Test
    void sortingLeavesTheInputAlone() {
        List<ComparisonRow> input = List.of(t2, t1);
        RowSort.apply(input, RowSort.byTestId());

        assertThat(input).containsExactly(t2, t1);
    }
}
