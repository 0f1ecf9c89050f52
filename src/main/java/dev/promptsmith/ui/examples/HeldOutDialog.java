package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.StratumSummary;
import dev.promptsmith.ui.common.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.converter.LongStringConverter;

/** "Create held-out split…": the choices, the split of each stratum as it would be, and Apply. */
final class HeldOutDialog extends Stage {

    private final HeldOutViewModel viewModel;

    HeldOutDialog(Window owner, HeldOutViewModel viewModel) {
        this.viewModel = viewModel;
        VBox root = new VBox(8, createChoices(), createStrata(), createSummary(), createButtons());
        root.getStyleClass().add(Styles.RECORD_FORM);
        DialogStages.prepare(this, owner, "Create held-out split", root, 560, 480);
        viewModel.doneProperty().addListener((o, was, done) -> {
            if (done) {
                close();
            }
        });
        viewModel.refresh();
    }

    private Node createChoices() {
        Spinner<Double> fraction = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05, 0.95,
                viewModel.fractionProperty().get(), 0.05));
        fraction.setId("heldOutFraction");
        fraction.setEditable(true);
        fraction.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.fractionProperty().set(now);
            }
        });
        TextField seed = new TextField();
        seed.setId("heldOutSeed");
        seed.setPrefColumnCount(8);
        seed.setTextFormatter(new javafx.scene.control.TextFormatter<>(new LongStringConverter(),
                viewModel.seedProperty().get(), change -> change.getControlNewText().matches("-?\\d{0,18}") ? change : null));
        seed.textProperty().addListener((o, was, now) -> {
            if (now.matches("-?\\d{1,18}")) {
                viewModel.seedProperty().set(Long.parseLong(now));
            }
        });
        ComboBox<String> by = new ComboBox<>(viewModel.stratifyChoices());
        by.setId("heldOutStratify");
        by.valueProperty().bindBidirectional(viewModel.stratifyProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Share held out"), fraction);
        grid.addRow(1, new Label("Seed (same seed, same split)"), seed);
        grid.addRow(2, new Label("Stratify by"), by);
        return grid;
    }

    private Node createStrata() {
        TableView<StratumSummary> table = new TableView<>(viewModel.strata());
        table.setId("heldOutStrata");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No test cases to split."));
        table.getColumns().setAll(List.of(column("Stratum", StratumSummary::stratum, 220),
                column("Cases", s -> String.valueOf(s.size()), 70), column("Dev", s -> String.valueOf(s.dev()), 70),
                column("Held out", s -> String.valueOf(s.heldOut()), 80)));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Node createSummary() {
        Label summary = new Label();
        summary.setId("heldOutSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        return summary;
    }

    private Node createButtons() {
        Button apply = new Button("Apply");
        apply.setId("applyHeldOut");
        apply.disableProperty().bind(viewModel.previewProperty().isNull());
        apply.setOnAction(e -> viewModel.apply());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, apply, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private static TableColumn<StratumSummary, String> column(String title, Function<StratumSummary, String> text,
                                                              double width) {
        TableColumn<StratumSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return column;
    }
}
