package dev.promptsmith.ui.examples;

import dev.promptsmith.ui.common.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Coverage": cases per split, label and tag, and the labels covered too thinly. */
final class CoverageDialog extends Stage {

    private final CoverageViewModel viewModel;

    CoverageDialog(Window owner, CoverageViewModel viewModel) {
        this.viewModel = viewModel;
        VBox root = new VBox(8, createOptions(), createSummary(), createCounts(), createGaps(), createButtons());
        root.getStyleClass().add(Styles.RECORD_FORM);
        DialogStages.prepare(this, owner, "Coverage", root, 560, 560);
        viewModel.compute();
    }

    private Node createOptions() {
        TextField edge = new TextField();
        edge.setId("coverageEdgeTags");
        edge.textProperty().bindBidirectional(viewModel.edgeTagsProperty());
        Spinner<Integer> min = new Spinner<>(1, 1000, viewModel.minCasesProperty().get());
        min.setId("coverageMinCases");
        min.setPrefWidth(80);
        min.valueProperty().addListener((o, was, now) -> viewModel.minCasesProperty().set(now));
        Button again = new Button("Count again");
        again.setOnAction(e -> viewModel.compute());
        HBox options = new HBox(8, new Label("Edge-case tags"), edge, new Label("Cases per label"), min, again);
        options.setAlignment(Pos.CENTER_LEFT);
        return options;
    }

    private Node createSummary() {
        Label summary = new Label();
        summary.setId("coverageSummary");
        summary.getStyleClass().add(Styles.SECTION_TITLE);
        summary.textProperty().bind(viewModel.summaryProperty());
        return summary;
    }

    private Node createCounts() {
        TableView<CoverageViewModel.CountRow> table = new TableView<>(viewModel.counts());
        table.setId("coverageCounts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(column("Group", CoverageViewModel.CountRow::group, 80),
                column("Value", CoverageViewModel.CountRow::value, 240), column("Cases", r -> String.valueOf(r.cases()), 80)));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Node createGaps() {
        ListView<String> gaps = new ListView<>(viewModel.gaps());
        gaps.setId("coverageGaps");
        gaps.setPrefHeight(140);
        gaps.setPlaceholder(new Label("No gaps."));
        return new VBox(4, new Label("Gaps"), gaps);
    }

    private Node createButtons() {
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private static TableColumn<CoverageViewModel.CountRow, String> column(
            String title, Function<CoverageViewModel.CountRow, String> text, double width) {
        TableColumn<CoverageViewModel.CountRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return column;
    }
}
