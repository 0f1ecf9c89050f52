package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.beans.binding.Bindings;

/** The test suite as a table, with the split tools, the leakage check and the coverage report. */
public final class TestCasesView extends RecordTableView<TestCase> {

    private final TestCasesViewModel viewModel;

    public TestCasesView(TestCasesViewModel viewModel, FilePicker files) {
        super(viewModel, files, "testsTable");
        this.viewModel = viewModel;
        setId("testsView");
        layOut(createColumns(), createActions(), List.of(createSplitFilter()), List.of(createBulkSplit()));
    }

    private List<TableColumn<Row<TestCase>, ?>> createColumns() {
        return List.of(column("idColumn", "Id", TestCase::id, 100),
                column("inputsColumn", "Inputs", t -> RecordText.inputs(t.vars()), 320),
                column("expectedColumn", "Expected", t -> RecordText.cell(t.expected()), 180),
                column("tagsColumn", "Tags", t -> String.join(", ", t.tags()), 120),
                column("splitColumn", "Split", t -> t.split().key(), 70),
                column("assertsColumn", "Checks", t -> t.asserts().isEmpty() ? "" : String.valueOf(t.asserts().size()), 70),
                column("noteColumn", "Note", t -> RecordText.cell(t.note()), 160));
    }

    private List<Node> createActions() {
        Button heldOut = button("createHeldOut", "Held-out split…",
                () -> new HeldOutDialog(getScene().getWindow(), viewModel.startHeldOut()).show());
        heldOut.setTooltip(new Tooltip("Choose a stratified, reproducible held-out part of the suite"));
        Button leakage = button("checkLeakage", "Check leakage…",
                () -> new LeakageDialog(getScene().getWindow(), viewModel.startLeakage()).show());
        leakage.setTooltip(new Tooltip("Find few-shot examples whose input is also a test case's"));
        Button coverage = button("coverage", "Coverage…",
                () -> new CoverageDialog(getScene().getWindow(), viewModel.startCoverage()).show());
        coverage.setTooltip(new Tooltip("Cases per label, tag and split, and the gaps"));
        return List.of(heldOut, leakage, coverage);
    }

    private Node createSplitFilter() {
        ComboBox<String> split = new ComboBox<>(FXCollections.observableArrayList(RowFilterModel.ALL,
                Split.DEV.key(), Split.HELDOUT.key()));
        split.setId("splitFilter");
        split.setTooltip(new Tooltip("Show only one split"));
        split.setButtonCell(new dev.promptsmith.ui.common.PrefixedCell("Split: ", RowFilterModel.ALL));
        split.valueProperty().bindBidirectional(viewModel.filter().splitProperty());
        return split;
    }

    private Node createBulkSplit() {
        MenuButton bulk = new MenuButton("Split");
        bulk.setId("bulkSplit");
        bulk.setTooltip(new Tooltip("Move the selected test cases to a split"));
        for (Split split : Split.values()) {
            MenuItem item = new MenuItem("Move to " + split.key());
            item.setId("bulkSplit-" + split.key());
            item.setOnAction(e -> viewModel.setSplit(split));
            bulk.getItems().add(item);
        }
        bulk.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        return bulk;
    }
}
