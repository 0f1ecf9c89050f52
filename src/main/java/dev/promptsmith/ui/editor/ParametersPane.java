package dev.promptsmith.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The side form of model parameters, each field with its inline validation message. */
final class ParametersPane extends VBox {

    /** An empty field leaves the parameter unset, so the provider's default applies. */
    private static final String DEFAULT = "Provider default";

    ParametersPane(PromptEditorViewModel viewModel) {
        setId("parametersPane");
        getStyleClass().add(EditorStyles.PARAMS_PANE);
        Label title = new Label("Parameters");
        title.getStyleClass().add(EditorStyles.SECTION_TITLE);
        getChildren().addAll(title,
                field("temperature", "Temperature (0–2)", DEFAULT, viewModel.temperature()),
                field("maxTokens", "Max tokens", DEFAULT, viewModel.maxTokens()),
                field("topP", "Top-p (0–1)", DEFAULT, viewModel.topP()),
                field("stop", "Stop sequences", "Comma-separated, \\n = line break", viewModel.stop()));
    }

    private static VBox field(String id, String caption, String prompt, ParamField<?> param) {
        TextField text = new TextField();
        text.setId(id + "Field");
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(param.textProperty());
        Label label = new Label(caption);
        label.getStyleClass().add(EditorStyles.FIELD_LABEL);
        label.setLabelFor(text);
        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add(EditorStyles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(param.errorProperty());
        BooleanBinding invalid = param.errorProperty().isNotEmpty();
        error.visibleProperty().bind(invalid);
        error.managedProperty().bind(invalid);
        text.pseudoClassStateChanged(Styles.STATE_DANGER, invalid.get());
        invalid.addListener((obs, was, is) -> text.pseudoClassStateChanged(Styles.STATE_DANGER, is));
        VBox box = new VBox(label, text, error);
        box.getStyleClass().add(EditorStyles.PARAM_FIELD);
        return box;
    }
}
