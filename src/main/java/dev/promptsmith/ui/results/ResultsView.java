package dev.promptsmith.ui.results;

import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.model.Problem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import dev.promptsmith.ui.common.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The bottom panel: the results table (rows = test cases, columns = models), problems, and the run log. */
public final class ResultsView extends TabPane {

    private final ResultsViewModel viewModel;
    private final TableView<ResultRow> table = new TableView<>();
    private final Tab problemsTab;
    private final Tab resultsTab;

    private final RowActions actions;

    public ResultsView(ResultsViewModel viewModel, ObservableList<Problem> problems, Consumer<Problem> onOpenProblem,
                       RowActions actions) {
        this.viewModel = viewModel;
        this.actions = actions;
        setId("resultsPanel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        problemsTab = createProblemsTab(problems, onOpenProblem);
        resultsTab = createResultsTab();
        Tab charts = new Tab("Charts", new ResultsChartsView(viewModel.grid(), viewModel::targetPassRate));
        charts.setId("chartsTab");
        Tab cost = new Tab("Cost", new dev.promptsmith.ui.cost.CostView(viewModel.costs()));
        cost.setId("costTab");
        cost.selectedProperty().addListener((o, was, selected) -> viewModel.costs().setActive(selected));
        getTabs().addAll(resultsTab, createRunsTab(), charts, cost, problemsTab, createLogTab());
    }

    private Tab createRunsTab() {
        RunHistoryView history = new RunHistoryView(viewModel.history(), ids -> viewModel.compareRuns(ids[0], ids[1]),
                runId -> {
                    viewModel.openRun(runId);
                    getSelectionModel().select(resultsTab);
                });
        Tab tab = new Tab("Runs", history);
        tab.setId("runsTab");
        tab.textProperty().bind(Bindings.createStringBinding(() -> viewModel.history().runs().isEmpty() ? "Runs"
                : "Runs (" + viewModel.history().runs().size() + ")", viewModel.history().runs()));
        return tab;
    }

    /** Shows the tab whose title starts with {@code name}, ignoring case. */
    public void showTab(String name) {
        getTabs().stream().filter(t -> t.getText().toLowerCase(java.util.Locale.ROOT).startsWith(name.toLowerCase(java.util.Locale.ROOT)))
                .findFirst().ifPresent(getSelectionModel()::select);
    }

    /** Selects the first row shown, if any. */
    public void selectFirstRow() {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    public void showProblems() {
        getSelectionModel().select(problemsTab);
    }

    private Tab createResultsTab() {
        ComparisonGridModel grid = viewModel.grid();
        table.setId("resultsTable");
        table.setItems(grid.visibleRows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No results yet. Choose models in the toolbar and press Run all (Ctrl+Shift+Enter)."));
        rebuildColumns();
        viewModel.columns().addListener((ListChangeListener<String>) change -> rebuildColumns());
        grid.summaries().addListener((ListChangeListener<ColumnSummary>) change -> rebuildColumns());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> grid.select(row));
        RowDetailView detail = new RowDetailView(grid, actions, viewModel::report);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(new GridFilterBar(grid, viewModel.columns(), this::export), split);
        Tab tab = new Tab("Results", box);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.rows().isEmpty() ? "Results" : "Results (" + viewModel.rows().size() + ")",
                viewModel.rows()));
        return tab;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export what is on screen");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"), new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"),
                new FileChooser.ExtensionFilter("HTML report", "*.html"), new FileChooser.ExtensionFilter("JUnit XML", "*.xml"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.grid().export(file.toPath(), result -> viewModel.report(result.ok()
                    ? "Exported " + result.rows() + " rows to " + result.file() : result.problem()), viewModel::report);
        }
    }

    private void rebuildColumns() {
        TableColumn<ResultRow, String> id = textColumn("Test", ResultRow::testId, 90);
        id.setMinWidth(70);
        TableColumn<ResultRow, String> input = textColumn("Input", ResultRow::input, 260);
        input.setMinWidth(150);
        TableColumn<ResultRow, String> expected = textColumn("Expected", ResultRow::expected, 130);
        expected.setMinWidth(90);
        table.getColumns().setAll(java.util.List.of(id, input, expected));
        java.util.Map<String, ColumnSummary> summaries = new java.util.HashMap<>();
        viewModel.grid().summaries().forEach(summary -> summaries.put(summary.columnId(), summary));
        String best = viewModel.grid().bestColumnProperty().get();
        for (String columnId : viewModel.columns()) {
            TableColumn<ResultRow, CellView> column = new TableColumn<>();
            column.setId("column-" + columnId);
            column.setGraphic(ColumnHeaders.of(columnId, summaries.get(columnId)));
            if (columnId.equals(best)) {
                column.getStyleClass().add(Styles.BEST_COLUMN);
            }
            column.setPrefWidth(320);
            column.setMinWidth(180);
            column.setSortable(false);
            column.setCellValueFactory(data -> data.getValue().cell(columnId));
            column.setCellFactory(c -> new ResultTableCell());
            table.getColumns().add(column);
        }
    }

    private static TableColumn<ResultRow, String> textColumn(String title, java.util.function.Function<ResultRow, String> value, double width) {
        TableColumn<ResultRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // Capped so that the constrained policy hands spare width to the model columns.
        column.setMaxWidth(width * 1.5);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        return column;
    }

    private Tab createProblemsTab(ObservableList<Problem> problems, Consumer<Problem> onOpenProblem) {
        ListView<Problem> list = new ListView<>(problems);
        list.setId("problemsList");
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
                getStyleClass().add(item.severity() == Problem.Severity.ERROR ? Styles.PROBLEM_ERROR : Styles.PROBLEM_WARNING);
                setText((item.severity() == Problem.Severity.ERROR ? "✖  " : "⚠  ") + item);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpenProblem.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Tab tab = new Tab("Problems", list);
        tab.setId("problemsTab");
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")", problems));
        return tab;
    }

    private Tab createLogTab() {
        ListView<String> list = new ListView<>(viewModel.log());
        list.setId("runLog");
        list.getStyleClass().add(Styles.MONO);
        list.setPlaceholder(new Label("Runs log here."));
        viewModel.log().addListener((ListChangeListener<String>) c -> list.scrollTo(viewModel.log().size() - 1));
        return new Tab("Run log", list);
    }
}
