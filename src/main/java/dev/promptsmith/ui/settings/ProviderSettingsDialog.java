package dev.promptsmith.ui.settings;

import dev.promptsmith.ui.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Settings → Providers: one row per provider entry with its base URL, a field for a new key (the
 * current key is never shown, only where it comes from), and Test connection.
 */
public final class ProviderSettingsDialog extends Dialog<ButtonType> {

    private final ProviderSettingsViewModel viewModel;
    private final GridPane grid = new GridPane();

    public ProviderSettingsDialog(Window owner, ProviderSettingsViewModel viewModel) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Providers");
        setHeaderText("Where each provider is, and its API key. Keys are kept in an owner-only file in your config "
                + "folder or read from environment variables; they never go into project files.");
        setResizable(true);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().setId("providerSettings");
        getDialogPane().setContent(createContent());
        getDialogPane().setPrefSize(1100, 640);
        getDialogPane().setMinWidth(900);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // close only once the save has succeeded
            viewModel.save(this::close);
        });
        viewModel.rows().addListener((ListChangeListener<ProviderRow>) c -> rebuild());
        viewModel.load();
    }

    private VBox createContent() {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints url = new ColumnConstraints(200, 320, Double.MAX_VALUE);
        url.setHgrow(Priority.ALWAYS);
        ColumnConstraints result = new ColumnConstraints(150, 260, Double.MAX_VALUE);
        result.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(new ColumnConstraints(100), new ColumnConstraints(70), url,
                new ColumnConstraints(190), new ColumnConstraints(60), result);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add(Styles.MUTED);
        return new VBox(8, scroll, status);
    }

    private void rebuild() {
        grid.getChildren().clear();
        String[] headers = {"Provider", "API", "Base URL", "API key", "", "Connection"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add(Styles.SECTION_TITLE);
            grid.add(header, c, 0);
        }
        int r = 1;
        for (ProviderRow row : viewModel.rows()) {
            addRow(row, r++);
        }
    }

    private void addRow(ProviderRow row, int index) {
        Label id = new Label(row.id());
        Label kind = new Label(row.kind());
        kind.getStyleClass().add(Styles.MUTED);
        TextField url = new TextField();
        url.setId("baseUrl-" + row.id());
        url.textProperty().bindBidirectional(row.baseUrlProperty());
        url.setPromptText("Required: the server's base URL");
        PasswordField key = new PasswordField();
        key.setId("key-" + row.id());
        key.setDisable(!row.needsKey());
        key.promptTextProperty().bind(row.keySourceProperty().map(s -> switch (s) {
            case "not needed" -> "No key needed";
            case "not set" -> "Not set: paste a key";
            default -> "Set (" + s + ")";
        }));
        key.textProperty().bindBidirectional(row.newKeyProperty());
        Button test = new Button("Test");
        test.setId("test-" + row.id());
        test.disableProperty().bind(row.testingProperty());
        test.setOnAction(e -> viewModel.test(row));
        Label result = new Label();
        result.setId("testResult-" + row.id());
        result.setWrapText(true);
        result.textProperty().bind(row.testResultProperty());
        grid.addRow(index, id, kind, url, key, test, result);
    }
}
