package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.LeakagePair;
import dev.promptsmith.ui.common.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Check leakage": the options, progress, and the example/test pairs found with their similarity. */
final class LeakageDialog extends Stage {

    private final LeakageViewModel viewModel;

    LeakageDialog(Window owner, LeakageViewModel viewModel) {
        this.viewModel = viewModel;
        VBox root = new VBox(8, createOptions(), createProgress(), createPairs(), createStatus(), createButtons());
        root.getStyleClass().add(Styles.RECORD_FORM);
        DialogStages.prepare(this, owner, "Check leakage", root, 640, 520);
        setOnHidden(e -> viewModel.cancel());
    }

    private Node createOptions() {
        CheckBox embeddings = new CheckBox("Near-duplicates too (offline embedding model)");
        embeddings.setId("leakageEmbeddings");
        embeddings.selectedProperty().bindBidirectional(viewModel.useEmbeddingsProperty());
        Spinner<Double> threshold = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 1.0,
                viewModel.thresholdProperty().get(), 0.01));
        threshold.setId("leakageThreshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        threshold.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.thresholdProperty().set(now);
            }
        });
        threshold.disableProperty().bind(viewModel.useEmbeddingsProperty().not());
        Button run = new Button("Check");
        run.setId("runLeakage");
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(e -> viewModel.run());
        HBox options = new HBox(8, embeddings, new Label("from similarity"), threshold, run);
        options.setAlignment(Pos.CENTER_LEFT);
        return options;
    }

    private Node createProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("leakageProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        Button cancel = new Button("Stop");
        cancel.setOnAction(e -> viewModel.cancel());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox box = new HBox(8, bar, cancel);
        box.visibleProperty().bind(viewModel.runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node createPairs() {
        TableView<LeakagePair> table = new TableView<>(viewModel.pairs());
        table.setId("leakagePairs");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Press Check to compare every example with every test case."));
        table.getColumns().setAll(List.of(column("Example", LeakagePair::exampleId, 140),
                column("Test case", LeakagePair::testId, 140), column("Split", p -> p.testSplit().key(), 70),
                column("Similarity", p -> String.format(Locale.ROOT, "%.3f", p.similarity()), 90),
                column("Match", p -> p.kind() == LeakagePair.Kind.EXACT ? "same input" : "near-duplicate", 120)));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Node createStatus() {
        Label status = new Label();
        status.setId("leakageStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        return status;
    }

    private Node createButtons() {
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private static TableColumn<LeakagePair, String> column(String title, Function<LeakagePair, String> text, double width) {
        TableColumn<LeakagePair, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return column;
    }
}
