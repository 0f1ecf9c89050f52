package dev.promptsmith.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.compare.diff.DiffOp;
import dev.promptsmith.compare.grid.CellRun;
import dev.promptsmith.compare.grid.ComparisonCell;
import dev.promptsmith.compare.grid.ComparisonRow;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.template.PromptRenderer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison view's computations, without a window: filters and order, cell pictures, the row detail. */
class ComparisonComputationsTest {

    private final TestCase t1 = new TestCase("t1", Map.of("ticket", "refund my invoice"), "billing", List.of(),
            List.of("money"), Split.DEV, null);
    private final TestCase t2 = new TestCase("t2", Map.of("ticket", "app crashes"), "technical", List.of(),
            List.of("crash"), Split.HELDOUT, null);
    private final ComparisonRow row1 = row(t1, "a", cell("billing", true, 1.0), "b", cell("refund", false, 0.0));
    private final ComparisonRow row2 = row(t2, "a", cell("technical", true, 1.0), "b", cell("technical", true, 1.0));
    private final List<ComparisonRow> rows = List.of(row2, row1);

    @Test
    void filtersComposeFromTheChoicesMade() {
        GridFilterModel filters = new GridFilterModel();
        assertThat(rows.stream().filter(filters.predicate())).hasSize(2);
        assertThat(filters.active()).isFalse();

        filters.failuresOnlyProperty().set(true);
        assertThat(rows.stream().filter(filters.predicate())).containsExactly(row1);
        filters.failuresOnlyProperty().set(false);
        filters.differentOnlyProperty().set(true);
        assertThat(rows.stream().filter(filters.predicate())).containsExactly(row1);
        filters.differentOnlyProperty().set(false);
        filters.splitProperty().set("heldout");
        assertThat(rows.stream().filter(filters.predicate())).containsExactly(row2);
        filters.splitProperty().set(GridFilterModel.ALL);
        filters.tagProperty().set("money");
        filters.searchProperty().set("INVOICE");
        assertThat(rows.stream().filter(filters.predicate())).containsExactly(row1);
        assertThat(filters.active()).isTrue();
    }

    @Test
    void theOrderIsByTestUnlessTwoColumnsAreComparedByScore() {
        GridFilterModel filters = new GridFilterModel();
        assertThat(rows.stream().sorted(filters.comparator())).containsExactly(row1, row2);
        filters.columnAProperty().set("a");
        filters.columnBProperty().set("b");
        filters.orderProperty().set(GridFilterModel.Order.DIFFERENCE_ASCENDING);
        // B − A: t1 is 0 − 1 = −1, t2 is 0: the largest loss first when ascending.
        assertThat(rows.stream().sorted(filters.comparator())).containsExactly(row1, row2);
        filters.orderProperty().set(GridFilterModel.Order.DIFFERENCE_DESCENDING);
        assertThat(rows.stream().sorted(filters.comparator())).containsExactly(row2, row1);
    }

    @Test
    void aCellPictureCarriesVerdictReasonsLatencyTokensCostAndCache() {
        CellRun run = new CellRun(0, "refund", false, 0.0, null, true, 1500L, 30, 2, new BigDecimal("0.000042"),
                List.of(new AssertionOutcome("equals", false, 0, "Expected 'billing'")));
        CellView view = CellViews.of(new ComparisonCell("p", "b", List.of(run)));

        assertThat(view.pass()).isFalse();
        assertThat(view.verdict()).isEqualTo("FAIL 0.00\nExpected 'billing'");
        assertThat(view.meta()).isEqualTo("1.5 s · 30 → 2 tok · $0.000042 · cached");
    }

    @Test
    void theRowDetailDiffsEachOutputAgainstTheExpectedOneAndTheTwoChosenColumns() {
        PromptVariant prompt = new PromptVariant("p", "", null, "Route it.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null, null, null);
        Project project = Project.empty("x").withPrompts(List.of(prompt)).withTests(List.of(t1, t2));

        RowDetail detail = new RowDetails(new PromptRenderer()).of(row1, List.of("a", "b"), "a", "b", project);

        assertThat(detail.expected()).isEqualTo("billing");
        RowDetail.Column b = detail.columns().get(1);
        assertThat(b.diffVsExpected()).extracting(s -> s.op() + ":" + s.text())
                .containsExactly("DELETED:billing", "INSERTED:refund");
        assertThat(detail.columns().get(0).diffVsExpected()).allMatch(s -> s.op() == DiffOp.EQUAL);
        assertThat(detail.diffAB()).extracting(s -> s.op() + ":" + s.text())
                .containsExactly("DELETED:billing", "INSERTED:refund");
        assertThat(b.request()).isEqualTo("[system]\nRoute it.\n\n[user]\nrefund my invoice");
        assertThat(detail.about()).isEqualTo("split dev · tags money");
    }

    private static ComparisonCell cell(String output, boolean pass, double score) {
        return new ComparisonCell("p", "m", List.of(new CellRun(0, output, pass, score, null, false, 100L, 10, 1, null,
                List.of())));
    }

    private static ComparisonRow row(TestCase test, String c1, ComparisonCell a, String c2, ComparisonCell b) {
        Map<String, ComparisonCell> cells = new LinkedHashMap<>();
        cells.put(c1, a);
        cells.put(c2, b);
        return new ComparisonRow(test.id(), test, cells);
    }
}
