package dev.promptsmith.ui.examples;

import dev.promptsmith.ui.common.PrefixedCell;
import dev.promptsmith.ui.common.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the examples and test-case views share: the toolbar, the search and filters, the bulk tag
 * tools, the table and the form in a split pane, the status line and the undo keys. A subclass adds its
 * columns and its own tools, then calls {@link #layOut}.
 */
abstract class RecordTableView<T> extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    final TableView<Row<T>> table = new TableView<>();
    private final RecordTableViewModel<T> viewModel;
    private final FilePicker files;

    RecordTableView(RecordTableViewModel<T> viewModel, FilePicker files, String tableId) {
        this.viewModel = viewModel;
        this.files = files;
        table.setId(tableId);
    }

    /** Builds the view with the subclass's columns, extra actions, extra filters and extra bulk tools. */
    final void layOut(List<TableColumn<Row<T>, ?>> columns, List<Node> actions, List<Node> filters, List<Node> bulk) {
        getStyleClass().add(Styles.PANEL);
        setTop(new VBox(createActions(actions), createFilters(filters, bulk)));
        SplitPane split = new SplitPane(createTable(columns), new RecordFormView<>(viewModel.form(), viewModel::applyForm));
        split.setDividerPositions(0.64);
        setCenter(split);
        setBottom(createStatus());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private FlowPane createActions(List<Node> extra) {
        String nouns = viewModel.noun() + "s";
        Button add = button("addRow", "Add", viewModel::add);
        add.setTooltip(new Tooltip("Add an empty " + viewModel.noun() + " after the selection"));
        Button duplicate = button("duplicateRow", "Duplicate", viewModel::duplicate);
        Button delete = button("deleteRows", "Delete", viewModel::delete);
        duplicate.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        delete.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        Button up = button("moveUp", "↑", viewModel::moveUp);
        Button down = button("moveDown", "↓", viewModel::moveDown);
        up.setTooltip(new Tooltip("Move up (Alt+Up); the order is the order the model reads them in"));
        down.setTooltip(new Tooltip("Move down (Alt+Down)"));
        up.disableProperty().bind(viewModel.canMoveBinding().not());
        down.disableProperty().bind(viewModel.canMoveBinding().not());
        Button undo = button("undo", "Undo", viewModel::undo);
        Button redo = button("redo", "Redo", viewModel::redo);
        undo.disableProperty().bind(viewModel.history().canUndoProperty().not().and(viewModel.form().dirtyProperty().not()));
        redo.disableProperty().bind(viewModel.history().canRedoProperty().not());
        undo.setTooltip(tooltip(viewModel.history().undoDescriptionProperty(), "Undo", "Ctrl+Z"));
        redo.setTooltip(tooltip(viewModel.history().redoDescriptionProperty(), "Redo", "Ctrl+Shift+Z"));
        Button importRows = button("importRows", "Import…", this::importFile);
        importRows.setTooltip(new Tooltip("Add " + nouns + " from CSV, TSV, JSON, JSONL or promptfoo YAML"));
        Button exportRows = button("exportRows", "Export…", this::exportFile);
        exportRows.setTooltip(new Tooltip("Write the " + nouns + " shown to CSV or JSONL"));
        // Wraps in a narrow editor rather than pushing actions out of sight.
        FlowPane bar = new FlowPane(add, duplicate, delete, separator(), up, down, separator(), undo, redo, separator(),
                importRows, exportRows);
        if (!extra.isEmpty()) {
            bar.getChildren().add(separator());
            bar.getChildren().addAll(extra);
        }
        bar.getStyleClass().add(Styles.FILTER_BAR);
        return bar;
    }

    private FlowPane createFilters(List<Node> extraFilters, List<Node> extraBulk) {
        RowFilterModel<T> filter = viewModel.filter();
        TextField search = new TextField();
        search.setId("searchRows");
        search.setPromptText("Search ids, inputs, outputs, tags, notes");
        search.textProperty().bindBidirectional(filter.searchProperty());
        search.setPrefWidth(240);
        HBox.setHgrow(search, Priority.SOMETIMES);
        ComboBox<String> tag = new ComboBox<>(filter.tagChoices());
        tag.setId("tagFilter");
        tag.valueProperty().bindBidirectional(filter.tagProperty());
        tag.setTooltip(new Tooltip("Show only rows with this tag"));
        tag.setButtonCell(new PrefixedCell("Tag: ", RowFilterModel.ALL));
        Label status = new Label();
        status.setId("filterStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(filter.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TextField bulkTag = new TextField();
        bulkTag.setId("bulkTag");
        bulkTag.setPromptText("tag");
        bulkTag.setPrefColumnCount(8);
        Button addTag = button("bulkTagAdd", "+ Tag", () -> viewModel.addTag(bulkTag.getText()));
        Button removeTag = button("bulkTagRemove", "− Tag", () -> viewModel.removeTag(bulkTag.getText()));
        addTag.setTooltip(new Tooltip("Add the tag to every selected row"));
        removeTag.setTooltip(new Tooltip("Remove the tag from every selected row"));
        addTag.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        removeTag.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        List<Node> nodes = new ArrayList<>(List.of(search, tag));
        nodes.addAll(extraFilters);
        nodes.addAll(List.of(status, spacer, bulkTag, addTag, removeTag));
        nodes.addAll(extraBulk);
        FlowPane bar = new FlowPane();
        bar.getChildren().setAll(nodes);
        bar.getStyleClass().add(Styles.FILTER_BAR);
        return bar;
    }

    private Node createTable(List<TableColumn<Row<T>, ?>> columns) {
        table.setItems(viewModel.shownRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No " + viewModel.noun() + "s here. Add one, or import a file."));
        // The order is data (few-shot examples are read in order): sorting by a column would hide it.
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);
        new SelectionSync<>(table, viewModel);
        return table;
    }

    private Label createStatus() {
        Label status = new Label();
        status.setId("tableStatus");
        status.getStyleClass().add(Styles.STATUS_BAR);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(viewModel.statusProperty());
        return status;
    }

    private void onKey(KeyEvent e) {
        boolean inText = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (!inText && UNDO.match(e)) {
            viewModel.undo();
        } else if (!inText && (REDO.match(e) || REDO_Y.match(e))) {
            viewModel.redo();
        } else if (e.getTarget() == table && e.getCode() == KeyCode.DELETE) {
            viewModel.delete();
        } else if (e.getTarget() == table && e.isAltDown() && e.getCode() == KeyCode.UP) {
            viewModel.moveUp();
        } else if (e.getTarget() == table && e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            viewModel.moveDown();
        } else {
            return;
        }
        e.consume();
    }

    private void importFile() {
        Window owner = getScene().getWindow();
        List<String> extensions = List.copyOf(viewModel.importExtensions());
        files.open(owner, "Import " + viewModel.noun() + "s", extensions).ifPresent(path -> {
            ImportViewModel<T> importing = viewModel.startImport();
            new ImportDialog<>(owner, importing, files, extensions).show();
            importing.open(path);
        });
    }

    private void exportFile() {
        files.save(getScene().getWindow(), "Export " + viewModel.noun() + "s", viewModel.exportFileName(),
                viewModel.exportExtensions())
                .ifPresent(viewModel::export);
    }

    Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A column of text taken from the row's current value; it follows edits. */
    static <T> TableColumn<Row<T>, String> column(String id, String title, Function<T, String> text, double width) {
        TableColumn<Row<T>, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        // The constrained resize policy would squeeze short columns (split, checks) to "…".
        column.setMinWidth(Math.min(width, 70));
        column.setCellValueFactory(d -> d.getValue().valueProperty().map(text));
        return column;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /** One tooltip whose text follows {@code text}: a tooltip is a window, too costly to make on every edit. */
    private static Tooltip tooltip(ObservableStringValue text, String fallback, String keys) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> (text.get().isEmpty() ? fallback : text.get())
                + " (" + keys + ")", text));
        return tip;
    }
}
