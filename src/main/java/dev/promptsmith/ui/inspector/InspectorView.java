package dev.promptsmith.ui.inspector;

import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right-hand panel: test case chooser, variables, token counts and the rendered request. */
public final class InspectorView extends VBox {

    private final InspectorViewModel viewModel;

    public InspectorView(InspectorViewModel viewModel, ObservableList<TestCase> tests, ObjectProperty<TestCase> selectedTest) {
        this.viewModel = viewModel;
        setId("inspector");
        getStyleClass().add(Styles.PANEL);
        setSpacing(6);
        TextArea request = createRequest();
        VBox.setVgrow(request, Priority.ALWAYS);
        getChildren().addAll(
                header("Inspector"),
                section("Test case"), createTestChooser(tests, selectedTest),
                section("Variables"), createVariables(),
                section("Tokens"), createTokens(),
                section("Rendered request"), request);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PANEL_HEADER);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private ComboBox<TestCase> createTestChooser(ObservableList<TestCase> tests, ObjectProperty<TestCase> selected) {
        ComboBox<TestCase> box = new ComboBox<>(tests);
        box.setId("testChooser");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText("No test cases");
        box.setCellFactory(v -> new TestCaseCell());
        box.setButtonCell(new TestCaseCell());
        box.valueProperty().bindBidirectional(selected);
        return box;
    }

    private TableView<VariableRow> createVariables() {
        TableView<VariableRow> table = new TableView<>(viewModel.variables());
        table.setId("variablesTable");
        table.setPrefHeight(180);
        table.setMinHeight(90);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The prompt uses no variables."));
        TableColumn<VariableRow, String> name = new TableColumn<>("Variable");
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setPrefWidth(110);
        TableColumn<VariableRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(d -> new ReadOnlyStringWrapper(describe(d.getValue())));
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        table.getColumns().setAll(java.util.List.of(name, value));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VariableRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.VAR_MISSING, Styles.VAR_UNUSED);
                if (!empty && item != null && item.status() != VariableRow.Status.OK) {
                    getStyleClass().add(item.status() == VariableRow.Status.MISSING ? Styles.VAR_MISSING : Styles.VAR_UNUSED);
                }
            }
        });
        return table;
    }

    private static String describe(VariableRow row) {
        String value = row.value().replaceAll("\\s+", " ");
        String shown = value.length() > 200 ? value.substring(0, 197) + "…" : value;
        return switch (row.status()) {
            case OK -> shown;
            case MISSING -> "missing in this test case";
            case UNUSED -> "(not used) " + shown;
        };
    }

    private Label createTokens() {
        Label label = new Label();
        label.setId("tokenCounts");
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MONO);
        label.textProperty().bind(Bindings.createStringBinding(() -> viewModel.tokens().isEmpty()
                ? "—"
                : viewModel.tokens().stream()
                        .map(t -> t.modelId() + ": " + t.count() + " tokens" + (t.count().startsWith("≈") ? "  (estimated)" : "  (" + t.method() + ")"))
                        .reduce((a, b) -> a + "\n" + b).orElse(""), viewModel.tokens()));
        return label;
    }

    private TextArea createRequest() {
        TextArea area = new TextArea();
        area.setId("renderedRequest");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add(Styles.MONO);
        area.textProperty().bind(viewModel.requestProperty());
        return area;
    }

    private static final class TestCaseCell extends ListCell<TestCase> {
        @Override
        protected void updateItem(TestCase item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.id() + (item.tags().isEmpty() ? "" : "  · " + String.join(", ", item.tags())));
        }
    }
}
