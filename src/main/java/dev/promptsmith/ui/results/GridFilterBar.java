package dev.promptsmith.ui.results;

import dev.promptsmith.ui.common.PrefixedCell;
import dev.promptsmith.ui.common.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The grid's filter and order controls, bound to a {@link GridFilterModel}, with the export button. */
final class GridFilterBar extends HBox {

    GridFilterBar(ComparisonGridModel grid, ObservableList<String> columns, Runnable onExport) {
        GridFilterModel filters = grid.filters();
        getStyleClass().add(Styles.FILTER_BAR);
        ToggleButton failures = new ToggleButton("Failures only");
        failures.setId("filterFailures");
        failures.selectedProperty().bindBidirectional(filters.failuresOnlyProperty());
        ToggleButton differ = new ToggleButton("Outputs differ");
        differ.setId("filterDiffer");
        differ.selectedProperty().bindBidirectional(filters.differentOnlyProperty());
        ComboBox<String> tag = new ComboBox<>(grid.tags());
        tag.setId("filterTag");
        tag.valueProperty().bindBidirectional(filters.tagProperty());
        ComboBox<String> split = new ComboBox<>(FXCollections.observableArrayList(GridFilterModel.ALL, "dev", "heldout"));
        split.setId("filterSplit");
        split.valueProperty().bindBidirectional(filters.splitProperty());
        TextField search = new TextField();
        search.setId("filterSearch");
        search.setPromptText("Search inputs and outputs");
        search.textProperty().bindBidirectional(filters.searchProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);
        ComboBox<GridFilterModel.Order> order = new ComboBox<>(FXCollections.observableArrayList(GridFilterModel.Order.values()));
        order.setId("gridOrder");
        order.valueProperty().bindBidirectional(filters.orderProperty());
        order.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GridFilterModel.Order o) {
                return o == null ? "" : switch (o) {
                    case TEST -> "By test";
                    case DIFFERENCE_DESCENDING -> "B − A, largest first";
                    case DIFFERENCE_ASCENDING -> "B − A, smallest first";
                };
            }

            @Override
            public GridFilterModel.Order fromString(String s) {
                return null;
            }
        });
        ComboBox<String> a = columnChoice("columnA", columns);
        a.valueProperty().bindBidirectional(filters.columnAProperty());
        ComboBox<String> b = columnChoice("columnB", columns);
        b.valueProperty().bindBidirectional(filters.columnBProperty());
        Label status = new Label();
        status.setId("gridStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(grid.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("Export…");
        export.setId("exportGrid");
        export.disableProperty().bind(grid.shownRunProperty().lessThan(0));
        export.setOnAction(e -> onExport.run());
        tag.setButtonCell(new PrefixedCell("Tag: ", GridFilterModel.ALL));
        split.setButtonCell(new PrefixedCell("Split: ", GridFilterModel.ALL));
        search.setPrefWidth(220);
        search.setMinWidth(120);
        Label labelA = new Label("A");
        Label labelB = new Label("B");
        getChildren().addAll(failures, differ, tag, split, search, new Separator(Orientation.VERTICAL), labelA, a,
                labelB, b, order, status, spacer, export);
        for (var node : java.util.List.of(failures, differ, tag, split, labelA, labelB, order, export)) {
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private static ComboBox<String> columnChoice(String id, ObservableList<String> columns) {
        ComboBox<String> box = new ComboBox<>(columns);
        box.setId(id);
        box.setPrefWidth(150);
        return box;
    }
}
