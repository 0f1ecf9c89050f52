package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.DATA;
import static dev.promptsmith.ui.examples.Records.INLINE;
import static dev.promptsmith.ui.examples.Records.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test-case table without a window: editing commands, the undo history, bulk edits and the hand-over of each new list. */
class TestCasesViewModelTest {

    private final List<List<TestCase>> published = new ArrayList<>();
    private TestCasesViewModel viewModel;

    @BeforeEach
    void setUp() {
        viewModel = new TestCasesViewModel(INLINE, published::add, DATA, List::of, () -> {
            throw new AssertionError("no embedder in these tests");
        });
        viewModel.setRecords(Records.tickets());
    }

    @Test
    void addPutsABlankCaseWithTheNextFreeIdAfterTheSelectionAndHandsTheNewListOn() {
        select("t-002");

        viewModel.add();

        assertThat(ids()).containsExactly("t-001", "t-002", "t-006", "t-003", "t-004", "t-005");
        assertThat(published).hasSize(1);
        assertThat(last().get(2)).isEqualTo(new TestCase("t-006", null, null, null, null, Split.DEV, null));
        assertThat(selectedIds()).containsExactly("t-006");
        assertThat(viewModel.form().idProperty().get()).isEqualTo("t-006");
    }

    @Test
    void addWithoutSelectionAppends() {
        viewModel.add();

        assertThat(ids()).endsWith("t-006");
    }

    @Test
    void duplicatePutsEachCopyRightAfterItsOriginal() {
        select("t-001", "t-004");

        viewModel.duplicate();

        assertThat(ids()).containsExactly("t-001", "t-001-copy", "t-002", "t-003", "t-004", "t-004-copy", "t-005");
        assertThat(last().get(1).vars()).isEqualTo(last().get(0).vars());
        assertThat(last().get(1).asserts()).isEqualTo(last().get(0).asserts());
        assertThat(selectedIds()).containsExactly("t-001-copy", "t-004-copy");
        viewModel.duplicate();
        assertThat(ids()).contains("t-001-copy-copy", "t-004-copy-copy");
    }

    @Test
    void deleteRemovesTheSelectionSelectsTheNextRowAndUndoPutsEveryRowBackWhereItWas() {
        select("t-002", "t-004");

        viewModel.delete();

        assertThat(ids()).containsExactly("t-001", "t-003", "t-005");
        assertThat(selectedIds()).containsExactly("t-005");
        assertThat(viewModel.history().undoDescriptionProperty().get()).isEqualTo("Undo Delete 2 test cases");

        viewModel.undo();

        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005");
        assertThat(selectedIds()).containsExactly("t-002", "t-004");
        assertThat(last()).isEqualTo(Records.tickets());
        assertThat(viewModel.getStatus()).isEqualTo("Undid: Delete 2 test cases");

        viewModel.redo();

        assertThat(ids()).containsExactly("t-001", "t-003", "t-005");
        assertThat(published).hasSize(3);
    }

    @Test
    void deletingManyScatteredRowsAndUndoingPutsEachBackInOrder() {
        List<TestCase> many = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> test(String.format("t-%03d", i), "Ticket " + i, "billing", Split.DEV)).toList();
        viewModel.setRecords(many);
        viewModel.select(viewModel.rows().stream().filter(r -> r.getValue().id().endsWith("0")
                || r.getValue().id().endsWith("3") || r.getValue().id().endsWith("4")).toList());

        viewModel.delete();
        assertThat(viewModel.records()).hasSize(28);
        viewModel.moveUp();
        viewModel.undo();
        viewModel.undo();

        assertThat(viewModel.records()).isEqualTo(many);
        assertThat(viewModel.selection()).hasSize(12);
        viewModel.redo();
        assertThat(ids()).doesNotContain("t-000", "t-013", "t-024", "t-030").hasSize(28);
    }

    @Test
    void movingUpShiftsTheSelectionAsABlockUntilItReachesTheTop() {
        select("t-002", "t-004");

        viewModel.moveUp();
        assertThat(ids()).containsExactly("t-002", "t-001", "t-004", "t-003", "t-005");
        viewModel.moveUp();
        assertThat(ids()).containsExactly("t-002", "t-004", "t-001", "t-003", "t-005");
        int changes = published.size();
        viewModel.moveUp();
        assertThat(ids()).containsExactly("t-002", "t-004", "t-001", "t-003", "t-005");
        assertThat(published).hasSize(changes);

        viewModel.undo();
        viewModel.undo();
        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005");
    }

    @Test
    void movingDownStopsAtTheBottomAndKeepsTheSelection() {
        select("t-004", "t-005");

        viewModel.moveDown();

        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005");
        select("t-003");
        viewModel.moveDown();
        assertThat(ids()).containsExactly("t-001", "t-002", "t-004", "t-003", "t-005");
        assertThat(selectedIds()).containsExactly("t-003");
        assertThat(viewModel.history().undoDescriptionProperty().get()).isEqualTo("Undo Move test case down");
    }

    @Test
    void movingIsRefusedWhileAFilterHidesRows() {
        viewModel.filter().searchProperty().set("invoice");
        select("t-005");

        viewModel.moveUp();

        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005");
        assertThat(viewModel.getStatus()).startsWith("Clear the search and filters to reorder rows");
        assertThat(viewModel.canMoveBinding().get()).isFalse();
    }

    @Test
    void bulkTagAddsTheTagWhereItIsMissingAsOneEditAndRemoveTakesItAway() {
        select("t-001", "t-002", "t-003");

        viewModel.addTag(" edge ");

        assertThat(last()).extracting(TestCase::tags).containsExactly(List.of("money", "edge"), List.of("login", "edge"),
                List.of("money", "edge"), List.of("login"), List.of("money"));
        assertThat(viewModel.getStatus()).isEqualTo("Add tag 'edge' to 2 test cases");

        viewModel.removeTag("money");

        assertThat(last()).extracting(TestCase::tags).containsExactly(List.of("edge"), List.of("login", "edge"),
                List.of("edge"), List.of("login"), List.of("money"));
        viewModel.undo();
        viewModel.undo();
        assertThat(last()).isEqualTo(Records.tickets());
    }

    @Test
    void bulkTagWithNothingToChangeSaysSoAndRecordsNoEdit() {
        select("t-001");

        viewModel.addTag("money");

        assertThat(viewModel.getStatus()).isEqualTo("Every selected row already has the tag 'money'.");
        assertThat(viewModel.history().isCanUndo()).isFalse();
        assertThat(published).isEmpty();
    }

    @Test
    void setSplitMovesTheSelectedCasesAndIsUndoable() {
        select("t-001", "t-003");

        viewModel.setSplit(Split.HELDOUT);

        assertThat(last()).extracting(TestCase::split)
                .containsExactly(Split.HELDOUT, Split.DEV, Split.HELDOUT, Split.DEV, Split.DEV);
        assertThat(viewModel.getStatus()).isEqualTo("Move to heldout: 1 test case");
        viewModel.undo();
        assertThat(last().get(0).split()).isEqualTo(Split.DEV);
    }

    @Test
    void aListFromOutsideReplacesTheRowsAndClearsTheHistoryButAnEqualListChangesNothing() {
        select("t-001");
        viewModel.addTag("x");
        assertThat(viewModel.history().isCanUndo()).isTrue();

        viewModel.setRecords(last());
        assertThat(viewModel.history().isCanUndo()).isTrue();

        viewModel.setRecords(List.of(test("t-100", "Fresh", "billing", Split.DEV)));
        assertThat(ids()).containsExactly("t-100");
        assertThat(viewModel.history().isCanUndo()).isFalse();
        assertThat(viewModel.selection()).isEmpty();
        assertThat(viewModel.form().getRow()).isNull();
        assertThat(published).hasSize(1);
    }

    @Test
    void theHistoryKeepsAtMostItsLimit() {
        UndoStack<UndoableEdit> stack = new UndoStack<>(2);
        List<String> log = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            stack.perform(new UndoableEdit() {
                public void execute() {
                    log.add("do " + name);
                }

                public void undo() {
                    log.add("undo " + name);
                }

                public String description() {
                    return name;
                }
            });
        }
        assertThat(stack.undo()).isPresent();
        assertThat(stack.undo()).isPresent();
        assertThat(stack.undo()).isEmpty();
        assertThat(stack.redoDescriptionProperty().get()).isEqualTo("Redo b");
        assertThat(log).containsExactly("do a", "do b", "do c", "undo c", "undo b");
    }

    @Test
    void aNewEditAfterUndoForgetsWhatCouldBeRedone() {
        select("t-001");
        viewModel.addTag("x");
        viewModel.undo();
        assertThat(viewModel.history().isCanRedo()).isTrue();

        viewModel.addTag("y");

        assertThat(viewModel.history().isCanRedo()).isFalse();
    }

    private void select(String... ids) {
        List<String> wanted = List.of(ids);
        viewModel.select(viewModel.rows().stream().filter(r -> wanted.contains(r.getValue().id())).toList());
    }

    private List<String> ids() {
        return viewModel.records().stream().map(TestCase::id).toList();
    }

    private List<String> selectedIds() {
        return viewModel.selection().stream().map(r -> r.getValue().id()).toList();
    }

    private List<TestCase> last() {
        return published.get(published.size() - 1);
    }
}
