package dev.promptsmith.ui.models;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a provider, one of its models, and the column id; returns the new model. */
public final class AddModelDialog extends Dialog<ModelRef> {

    public AddModelDialog(Window owner, AddModelViewModel viewModel) {
        initOwner(owner);
        setTitle("Add model");
        setHeaderText("Add a model to this project. Its results get a column of their own.");
        getDialogPane().setId("addModelDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<String> provider = new ComboBox<>(viewModel.providers());
        provider.setId("addModelProvider");
        provider.valueProperty().bindBidirectional(viewModel.providerProperty());
        provider.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> model = new ComboBox<>(viewModel.models());
        model.setId("addModelName");
        model.setEditable(true);
        model.setMaxWidth(Double.MAX_VALUE);
        model.getEditor().textProperty().bindBidirectional(viewModel.modelProperty());
        TextField id = new TextField();
        id.setId("addModelId");
        id.textProperty().bindBidirectional(viewModel.idProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Provider"), provider);
        grid.addRow(1, new Label("Model"), model);
        grid.addRow(2, new Label("Column id"), id);
        grid.add(status, 0, 3, 2, 1);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(90),
                new javafx.scene.layout.ColumnConstraints(320));
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(viewModel.invalidProperty());
        setResultConverter(button -> button == ButtonType.OK ? viewModel.result().orElse(null) : null);
    }
}
