package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.cell;
import static dev.promptsmith.compare.grid.GridFixtures.error;
import static dev.promptsmith.compare.grid.GridFixtures.fail;
import static dev.promptsmith.compare.grid.GridFixtures.pass;
import static dev.promptsmith.compare.grid.GridFixtures.row;
import static dev.promptsmith.compare.grid.GridFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowFilterTest {

    private final ComparisonRow allPass = row(test("t1", Map.of("ticket", "I was charged twice"), "billing", Split.DEV, "money"),
            "gpt", cell(pass(0, "billing")), "claude", cell(pass(0, "  billing\n")));
    private final ComparisonRow oneFails = row(test("t2", Map.of("ticket", "App crashes"), "bug", Split.DEV, "crash"),
            "gpt", cell(pass(0, "bug")), "claude", cell(fail(0, "feature request", 0)));
    private final ComparisonRow oneErrors = row(test("t3", Map.of("ticket", "Refund please"), Map.of("queue", "Refunds"),
            Split.HELDOUT, "money"), "gpt", cell(pass(0, "refunds"), pass(1, "refunds"), error(2)), "claude", cell(pass(0, "refunds")));
    private final List<ComparisonRow> rows = List.of(allPass, oneFails, oneErrors);

    @Test
    void failuresOnlyKeepsRowsWhereAColumnFailedOrAnyCallErrored() {
        assertThat(RowFilter.apply(rows, RowFilter.failuresOnly())).containsExactly(oneFails, oneErrors);
    }

    @Test
    void outputsDifferIgnoresSurroundingAndRepeatedWhitespace() {
        assertThat(RowFilter.apply(rows, RowFilter.outputsDiffer())).containsExactly(oneFails);
    }

    @Test
    void tagAndSplitSelectByTheTestCase() {
        assertThat(RowFilter.apply(rows, RowFilter.tag("money"))).containsExactly(allPass, oneErrors);
        assertThat(RowFilter.apply(rows, RowFilter.split(Split.HELDOUT))).containsExactly(oneErrors);
    }

    @Test
    void searchLooksInIdsVariablesExpectedValuesAndOutputsIgnoringCase() {
        assertThat(RowFilter.apply(rows, RowFilter.search("CHARGED"))).containsExactly(allPass);
        assertThat(RowFilter.apply(rows, RowFilter.search("refunds"))).containsExactly(oneErrors);
        assertThat(RowFilter.apply(rows, RowFilter.search("Feature"))).containsExactly(oneFails);
        assertThat(RowFilter.apply(rows, RowFilter.search("t2"))).containsExactly(oneFails);
        assertThat(RowFilter.apply(rows, RowFilter.search("nowhere"))).isEmpty();
        assertThat(RowFilter.apply(rows, RowFilter.search("  "))).containsExactly(allPass, oneFails, oneErrors);
    }

    @Test
    void searchFindsTextInAnyRepeatNotOnlyTheShownOne() {
        ComparisonRow row = row(test("t9", Map.of(), null, Split.DEV), "gpt", cell(pass(0, "billing"), pass(1, "Billing and refunds")));

        assertThat(RowFilter.search("REFUND").test(row)).isTrue();
    }

    @Test
    void searchFindsValuesNestedInStructuredVariablesButNoTextSpanningTwoFields() {
        ComparisonRow row = row(test("t9", Map.of("order", Map.of("lines", java.util.List.of("Ünïcode Widget", 42))), null, Split.DEV),
                "gpt", cell(pass(0, "done")));

        assertThat(RowFilter.search("ünïCODE widget").test(row)).isTrue();
        assertThat(RowFilter.search("42").test(row)).isTrue();
        assertThat(RowFilter.search("widget42").test(row)).isFalse();
        assertThat(RowFilter.search("t9done").test(row)).isFalse();
    }

    @Test
    void filtersCompose() {
        assertThat(RowFilter.apply(rows, RowFilter.failuresOnly().and(RowFilter.tag("money")))).containsExactly(oneErrors);
        assertThat(RowFilter.apply(rows, RowFilter.outputsDiffer().or(RowFilter.split(Split.HELDOUT))))
                .containsExactly(oneFails, oneErrors);
    }

    @Test
    void aTestTheProjectNoLongerHasMatchesNoTagOrSplitButStillItsOutputs() {
        ComparisonRow orphan = new ComparisonRow("gone", null, Map.of("gpt", cell(pass(0, "billing"))));

        assertThat(RowFilter.tag("money").test(orphan)).isFalse();
        assertThat(RowFilter.split(Split.DEV).test(orphan)).isFalse();
        assertThat(RowFilter.search("BILL").test(orphan)).isTrue();
    }
}
