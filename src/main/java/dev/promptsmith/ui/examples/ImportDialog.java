package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.ColumnTarget;
import dev.promptsmith.dataset.CsvRow;
import dev.promptsmith.model.Problem;
import dev.promptsmith.ui.common.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import dialog: the file, where each column goes (for CSV and TSV) with a preview of the first
 * rows, the problems with their lines, the summary, and the import, which asks before it leaves
 * refused rows out.
 */
final class ImportDialog<T> extends Stage {

    private final ImportViewModel<T> viewModel;
    private final GridPane mapping = new GridPane();
    private final TableView<CsvRow> preview = new TableView<>();

    ImportDialog(Window owner, ImportViewModel<T> viewModel, FilePicker files, List<String> extensions) {
        this.viewModel = viewModel;
        VBox root = new VBox(8, createFileLine(files, extensions), createReplace(), createMapping(), createPreview(),
                createProblems(), createSummary(), createConfirmBar(), createButtons());
        root.getStyleClass().add(Styles.RECORD_FORM);
        DialogStages.prepare(this, owner, "Import " + viewModel.noun() + "s", root, 860, 680);
        viewModel.doneProperty().addListener((o, was, done) -> {
            if (done) {
                close();
            }
        });
    }

    private Node createFileLine(FilePicker files, List<String> extensions) {
        Label file = new Label();
        file.setId("importFile");
        file.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null ? ""
                : viewModel.fileProperty().get().getFileName() + "  (" + viewModel.formatProperty().get() + ")",
                viewModel.fileProperty(), viewModel.formatProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button other = new Button("Choose another file…");
        other.setId("chooseImportFile");
        other.setOnAction(e -> files.open(this, "Import " + viewModel.noun() + "s", extensions).ifPresent(viewModel::open));
        HBox line = new HBox(8, file, busy, spacer, other);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node createReplace() {
        CheckBox replace = new CheckBox("A row whose id the table already has replaces that " + viewModel.noun()
                + " (else the row is refused)");
        replace.setId("replaceExisting");
        replace.selectedProperty().bindBidirectional(viewModel.replaceExistingProperty());
        return replace;
    }

    private Node createMapping() {
        mapping.setId("columnMapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        viewModel.columns().addListener((ListChangeListener<ColumnChoice>) c -> rebuildMapping());
        ScrollPane scroll = new ScrollPane(mapping);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(130);
        VBox box = new VBox(4, title("Columns: where each one goes"), scroll);
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.columns()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void rebuildMapping() {
        mapping.getChildren().clear();
        for (ColumnChoice choice : viewModel.columns()) {
            ComboBox<ColumnTarget> target = new ComboBox<>(FXCollections.observableArrayList(choice.options()));
            target.setId("target-" + choice.index());
            target.setConverter(new StringConverter<>() {
                @Override
                public String toString(ColumnTarget t) {
                    return t == null ? "" : t.describe();
                }

                @Override
                public ColumnTarget fromString(String s) {
                    return null;
                }
            });
            target.valueProperty().bindBidirectional(choice.targetProperty());
            mapping.addRow(choice.index(), new Label(choice.header()), new Label("→"), target);
        }
    }

    private Node createPreview() {
        preview.setId("importPreview");
        preview.setItems(viewModel.preview());
        preview.setPrefHeight(170);
        preview.setPlaceholder(new Label("No preview for this format."));
        viewModel.previewHeader().addListener((ListChangeListener<String>) c -> rebuildPreviewColumns());
        VBox box = new VBox(4, title("First rows of the file"), preview);
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.previewHeader()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void rebuildPreviewColumns() {
        TableColumn<CsvRow, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(d -> new ReadOnlyStringWrapper(String.valueOf(d.getValue().line())));
        line.setPrefWidth(50);
        preview.getColumns().setAll(List.of(line));
        List<String> header = List.copyOf(viewModel.previewHeader());
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            TableColumn<CsvRow, String> cells = new TableColumn<>(header.get(i));
            cells.setCellValueFactory(d -> new ReadOnlyStringWrapper(RecordText.cell(d.getValue().cell(column))));
            cells.setPrefWidth(140);
            preview.getColumns().add(cells);
        }
    }

    private Node createProblems() {
        ListView<Problem> list = new ListView<>(viewModel.problems());
        list.setId("importProblems");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("No problems."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.PROBLEM_ERROR, Styles.PROBLEM_WARNING);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                boolean error = item.severity() == Problem.Severity.ERROR;
                getStyleClass().add(error ? Styles.PROBLEM_ERROR : Styles.PROBLEM_WARNING);
                setText((error ? "✖  " : "⚠  ") + item);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(4, title("Problems"), list);
    }

    private Node createSummary() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.SECTION_TITLE);
        summary.textProperty().bind(viewModel.summaryProperty());
        return summary;
    }

    private Node createConfirmBar() {
        Label question = new Label();
        question.setId("confirmText");
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() -> {
            var result = viewModel.resultProperty().get();
            return result == null ? "" : result.summary() + ". The refused rows are left out; fix them in the file and"
                    + " import it again to add them later.";
        }, viewModel.resultProperty()));
        Button confirm = new Button();
        confirm.setId("confirmPartial");
        confirm.textProperty().bind(viewModel.importLabelProperty());
        confirm.setOnAction(e -> viewModel.confirmPartial());
        Button back = new Button("Back");
        back.setId("cancelPartial");
        back.setOnAction(e -> viewModel.cancelConfirmation());
        VBox bar = new VBox(question, new HBox(8, confirm, back));
        bar.setId("confirmBar");
        bar.getStyleClass().add(Styles.CONFIRM_BAR);
        bar.visibleProperty().bind(viewModel.confirmingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node createButtons() {
        Button importButton = new Button();
        importButton.setId("importButton");
        importButton.textProperty().bind(viewModel.importLabelProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not().or(viewModel.loadingProperty())
                .or(viewModel.confirmingProperty()));
        importButton.setOnAction(e -> viewModel.importRows());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, importButton, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
