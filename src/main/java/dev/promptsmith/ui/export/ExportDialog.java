package dev.promptsmith.ui.export;

import dev.promptsmith.ui.common.Styles;
import java.io.File;
import java.io.IOException;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File → Export Prompt…: pick a format, prompt, model and test case; preview; copy or save. */
public final class ExportDialog extends Dialog<Void> {

    private final ExportViewModel model;
    private final Label status = new Label();

    public ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Export prompt");
        setResizable(true);
        ComboBox<ExportViewModel.Format> format = new ComboBox<>(model.formats());
        format.setId("exportFormat");
        format.valueProperty().bindBidirectional(model.formatProperty());
        ComboBox<String> prompt = choice("exportPrompt", model.promptNames());
        prompt.valueProperty().bindBidirectional(model.promptProperty());
        ComboBox<String> modelChoice = choice("exportModel", model.modelIds());
        modelChoice.valueProperty().bindBidirectional(model.modelProperty());
        ComboBox<String> test = choice("exportTest", model.testIds());
        test.valueProperty().bindBidirectional(model.testProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Format"), format, new Label("Prompt"), prompt);
        form.addRow(1, new Label("Model"), modelChoice, new Label("Variables of"), test);
        TextArea preview = new TextArea();
        preview.setId("exportPreview");
        preview.setEditable(false);
        preview.getStyleClass().add(Styles.MONO);
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("exportProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.PROBLEM_WARNING);
        problems.textProperty().bind(model.problemsProperty());
        Button copy = new Button("Copy");
        copy.setId("exportCopy");
        copy.setOnAction(e -> copy());
        Button save = new Button("Save…");
        save.setId("exportSave");
        save.setOnAction(e -> save());
        copy.disableProperty().bind(model.previewProperty().isEmpty());
        save.disableProperty().bind(model.previewProperty().isEmpty());
        status.getStyleClass().add(Styles.MUTED);
        VBox content = new VBox(8, form, preview, problems, new HBox(8, copy, save, status));
        content.setPadding(new Insets(10));
        content.setPrefSize(900, 620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.refresh();
    }

    private static ComboBox<String> choice(String id, java.util.List<String> items) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setPrefWidth(220);
        return box;
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.previewProperty().get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied to the clipboard");
    }

    private void save() {
        File target;
        if (model.filesProperty().get().size() > 1) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the exported files");
            target = chooser.showDialog(getOwner());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(model.suggestedName());
            target = chooser.showSaveDialog(getOwner());
        }
        if (target == null) {
            return;
        }
        try {
            status.setText("Saved " + model.save(target.toPath()).size() + " file(s) to " + target);
        } catch (IOException e) {
            status.setText("Could not save to " + target + ": " + e.getMessage());
        }
    }
}
