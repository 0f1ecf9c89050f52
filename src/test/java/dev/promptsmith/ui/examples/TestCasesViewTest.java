package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.TableFixture.fx;
import static dev.promptsmith.ui.examples.TableFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The test-case view driven by node ids: editing, undo and redo, bulk edits, filters and the import of a CSV with a malformed row. */
@ExtendWith(ApplicationExtension.class)
class TestCasesViewTest {

    private final TableFixture fixture = new TableFixture();
    private final List<List<TestCase>> published = new CopyOnWriteArrayList<>();
    private TestCasesViewModel viewModel;
    private TableView<Row<TestCase>> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        viewModel = new TestCasesViewModel(fixture.tasks, published::add, Records.DATA, List::of, () -> null);
        viewModel.setRecords(Records.tickets());
        TestCasesView view = new TestCasesView(viewModel, fixture);
        fixture.show(stage, view);
        table = (TableView<Row<TestCase>>) view.lookup("#testsTable");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void addEditInTheFormDeleteAndReorderThenUndoAndRedo(FxRobot robot) {
        robot.clickOn("t-002");
        robot.clickOn("#addRow");
        waitUntil(() -> "t-006".equals(((TextField) robot.lookup("#formId").query()).getText()));
        assertThat(shownIds()).containsExactly("t-001", "t-002", "t-006", "t-003", "t-004", "t-005");

        robot.clickOn("#formId").push(KeyCode.SHORTCUT, KeyCode.A).write("t-parcel");
        robot.clickOn("#addVar");
        robot.clickOn("#varName-0").push(KeyCode.SHORTCUT, KeyCode.A).write("ticket");
        robot.clickOn("#varValue-0").write("Where is my parcel?");
        robot.clickOn("#formOutcome").write("shipping");
        robot.clickOn("#formTags").write("post, edge");
        robot.clickOn("#applyEdit");

        waitUntil(() -> !published.isEmpty() && lastIds().contains("t-parcel"));
        TestCase parcel = last().get(2);
        assertThat(parcel.vars()).containsEntry("ticket", "Where is my parcel?");
        assertThat(parcel.expected()).isEqualTo("shipping");
        assertThat(parcel.tags()).containsExactly("post", "edge");
        assertThat(robot.lookup("t-parcel").tryQuery()).isPresent();

        robot.clickOn("t-002");
        robot.clickOn("#deleteRows");
        waitUntil(() -> !lastIds().contains("t-002"));
        assertThat(fx(this::selectedIds)).containsExactly("t-parcel");

        robot.clickOn("t-005");
        robot.clickOn("#moveUp");
        robot.clickOn("#moveUp");
        waitUntil(() -> lastIds().equals(List.of("t-001", "t-parcel", "t-005", "t-003", "t-004")));
        assertThat(fx(this::selectedIds)).containsExactly("t-005");

        robot.clickOn("t-005").push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> lastIds().equals(List.of("t-001", "t-parcel", "t-003", "t-005", "t-004")));
        robot.clickOn("#undo");
        waitUntil(() -> lastIds().equals(List.of("t-001", "t-parcel", "t-003", "t-004", "t-005")));
        robot.clickOn("#undo");
        waitUntil(() -> lastIds().equals(List.of("t-001", "t-002", "t-parcel", "t-003", "t-004", "t-005")));

        robot.clickOn("t-001").push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> lastIds().equals(List.of("t-001", "t-parcel", "t-003", "t-004", "t-005")));
        robot.clickOn("#redo");
        waitUntil(() -> lastIds().equals(List.of("t-001", "t-parcel", "t-003", "t-005", "t-004")));
        assertThat(robot.lookup("#tableStatus").queryAs(Label.class).getText()).isEqualTo("Redid: Move test case up");
    }

    @Test
    void anInvalidIdIsShownAndCannotBeApplied(FxRobot robot) {
        robot.clickOn("t-003");
        robot.clickOn("#formId").push(KeyCode.SHORTCUT, KeyCode.A).write("t-001");

        assertThat(robot.lookup("#formError").queryAs(Label.class).getText())
                .isEqualTo("Another test case already has the id 't-001'.");
        assertThat(robot.lookup("#applyEdit").query().isDisabled()).isTrue();
        robot.clickOn("#revertEdit");
        assertThat(robot.lookup("#formId").queryAs(TextField.class).getText()).isEqualTo("t-003");
    }

    @Test
    void bulkTagAndSplitChangeEverySelectedRow(FxRobot robot) {
        robot.clickOn("t-001");
        robot.press(KeyCode.SHORTCUT).clickOn("t-004").release(KeyCode.SHORTCUT);
        waitUntil(() -> selectedIds().equals(List.of("t-001", "t-004")));

        robot.clickOn("#bulkTag").write("urgent");
        robot.clickOn("#bulkTagAdd");
        waitUntil(() -> !published.isEmpty());
        assertThat(last()).extracting(TestCase::tags).containsExactly(List.of("money", "urgent"), List.of("login"),
                List.of("money", "edge"), List.of("login", "urgent"), List.of("money"));

        robot.clickOn("#bulkSplit");
        robot.clickOn("Move to heldout");
        waitUntil(() -> published.size() == 2);
        assertThat(last()).extracting(TestCase::split)
                .containsExactly(Split.HELDOUT, Split.DEV, Split.HELDOUT, Split.HELDOUT, Split.DEV);

        robot.clickOn("#bulkTagRemove");
        waitUntil(() -> published.size() == 3);
        assertThat(last().get(0).tags()).containsExactly("money");
        assertThat(fx(this::selectedIds)).containsExactly("t-001", "t-004");
    }

    @Test
    void searchTagAndSplitFiltersNarrowTheTable(FxRobot robot) {
        robot.clickOn("#searchRows").write("INVOICE");
        waitUntil(() -> shownIds().equals(List.of("t-001", "t-005")));
        assertThat(robot.lookup("#filterStatus").queryAs(Label.class).getText()).isEqualTo("2 of 5 shown");
        assertThat(robot.lookup("#moveUp").query().isDisabled()).isTrue();

        robot.clickOn("#searchRows").push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        waitUntil(() -> shownIds().size() == 5);
        ComboBox<?> tag = robot.lookup("#tagFilter").queryComboBox();
        robot.clickOn(tag).clickOn(listCell(robot, "money"));
        waitUntil(() -> shownIds().equals(List.of("t-001", "t-003", "t-005")));
        robot.clickOn("#splitFilter").clickOn(listCell(robot, "heldout"));
        waitUntil(() -> shownIds().equals(List.of("t-003")));
    }

    @Test
    void aCsvWithAMalformedRowShowsItsLineAndIsImportedOnlyAfterConfirmation(FxRobot robot) throws Exception {
        fixture.nextFile = Path.of(getClass().getResource("tickets-one-bad-row.csv").toURI());

        robot.clickOn("#importRows");

        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent()
                && "4 imported, 1 refused (line 7)".equals(robot.lookup("#importSummary").queryAs(Label.class).getText()));
        assertThat(fixture.pickerTitles).containsExactly("Import test cases");
        assertThat(fx(() -> robot.lookup("#importProblems").queryListView().getItems().get(0).toString()))
                .startsWith("tickets-one-bad-row.csv:7: the row has 7 cells but the header has 6 columns");
        assertThat(robot.lookup("#importPreview").queryTableView().getItems()).hasSize(5);
        assertThat(robot.lookup("#importButton").queryButton().getText()).isEqualTo("Import the 4 good rows");

        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#confirmPartial").query().isVisible());
        assertThat(published).isEmpty();
        assertThat(robot.lookup("#confirmText").queryAs(Label.class).getText()).startsWith("4 imported, 1 refused (line 7).");

        robot.clickOn("#confirmPartial");

        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isEmpty());
        waitUntil(() -> shownIds().size() == 9);
        assertThat(lastIds()).endsWith("t-101", "t-102", "t-103", "t-104");
        assertThat(robot.lookup("#tableStatus").queryAs(Label.class).getText())
                .isEqualTo("Import 4 test cases from tickets-one-bad-row.csv (4 added, 0 replaced)");
    }

    @Test
    void theHeldOutSplitIsPreviewedPerStratumThenAppliedAndUndoneAndTheReportsOpen(FxRobot robot) {
        robot.clickOn("#createHeldOut");
        waitUntil(() -> robot.lookup("#heldOutStrata").tryQuery().isPresent()
                && robot.lookup("#heldOutStrata").queryTableView().getItems().size() == 2);
        robot.clickOn("#heldOutFraction").push(KeyCode.SHORTCUT, KeyCode.A).write("0.4").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#heldOutSummary").queryAs(Label.class).getText().contains("2 held out"));
        assertThat(robot.lookup("#heldOutSummary").queryAs(Label.class).getText()).startsWith("5 test cases: 2 held out, 3 in dev");
        robot.clickOn("#applyHeldOut");
        waitUntil(() -> published.size() == 1 && robot.lookup("#heldOutStrata").tryQuery().isEmpty());
        assertThat(last().stream().filter(t -> t.split() == Split.HELDOUT).count()).isEqualTo(2);
        robot.clickOn("t-001").push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> published.size() == 2 && last().equals(Records.tickets()));

        robot.clickOn("#coverage");
        waitUntil(() -> robot.lookup("#coverageSummary").tryQuery().isPresent()
                && robot.lookup("#coverageSummary").queryAs(Label.class).getText().equals("5 test cases, 2 labels; 3 gaps"));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#coverageSummary").tryQuery().isEmpty());

        robot.clickOn("#checkLeakage").clickOn("#leakageEmbeddings").clickOn("#runLeakage");
        waitUntil(() -> robot.lookup("#leakageStatus").queryAs(Label.class).getText().equals("No example repeats a test case."));
    }

    /** An item of an open combo box's list; the table has cells with the same text. */
    private static javafx.scene.Node listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    private List<String> shownIds() {
        return table.getItems().stream().map(r -> r.getValue().id()).toList();
    }

    private List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(r -> r.getValue().id()).toList();
    }

    private List<TestCase> last() {
        return published.get(published.size() - 1);
    }

    private List<String> lastIds() {
        return published.isEmpty() ? List.of() : last().stream().map(TestCase::id).toList();
    }
}
