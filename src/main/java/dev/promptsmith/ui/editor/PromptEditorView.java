package dev.promptsmith.ui.editor;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.TemplateSyntax;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The prompt editor: template options on top, the system prompt above the message templates,
 * model parameters on the right, and one find/replace bar for whichever editor has focus.
 */
public final class PromptEditorView extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final PromptEditorViewModel viewModel;
    private final EditorGroup editors;
    private final FindReplaceBar findBar = new FindReplaceBar(new FindReplaceModel());

    public PromptEditorView(PromptEditorViewModel viewModel, SyntaxHighlighter highlighter, Executor background) {
        this.viewModel = viewModel;
        this.editors = new EditorGroup(highlighter, background);
        getStyleClass().add(EditorStyles.PROMPT_EDITOR);
        getStylesheets().add(EditorStyles.STYLESHEET);
        bindEditorSettings();
        setTop(createToolbar());
        setCenter(createEditors());
        setRight(new ParametersPane(viewModel));
        installShortcuts();
    }

    private void bindEditorSettings() {
        editors.setTemplateSyntax(viewModel.getTemplateSyntax());
        editors.setKnownVariables(viewModel.knownVariables());
        viewModel.templateSyntaxProperty().addListener((obs, old, syntax) -> editors.setTemplateSyntax(syntax));
        viewModel.knownVariables().addListener(
                (SetChangeListener<String>) change -> editors.setKnownVariables(Set.copyOf(viewModel.knownVariables())));
        editors.lastFocusedProperty().addListener((obs, old, area) -> findBar.setTarget(area));
    }

    private HBox createToolbar() {
        ChoiceBox<TemplateSyntax> syntax = choice("templateSyntaxChoice", TemplateSyntax.values(),
                s -> s == TemplateSyntax.RAW ? "Raw (sent as is)" : "Jinja");
        syntax.valueProperty().bindBidirectional(viewModel.templateSyntaxProperty());
        ChoiceBox<FewShotMode> fewShot = choice("fewShotModeChoice", FewShotMode.values(),
                m -> m == FewShotMode.TURNS ? "As chat turns" : "Not injected");
        fewShot.valueProperty().bindBidirectional(viewModel.fewShotModeProperty());
        HBox toolbar = new HBox(label("Template", syntax), syntax,
                new Separator(Orientation.VERTICAL), label("Few-shot examples", fewShot), fewShot);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(EditorStyles.EDITOR_TOOLBAR);
        return toolbar;
    }

    private VBox createEditors() {
        SplitPane split = new SplitPane(createSystemSection(), new MessageListPane(viewModel, editors));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        return new VBox(findBar, split);
    }

    private VBox createSystemSection() {
        TemplateCodeArea area = editors.create(viewModel.getSystem());
        area.setId("systemEditor");
        area.textProperty().addListener((obs, old, text) -> viewModel.systemProperty().set(text));
        Label title = new Label("System");
        title.getStyleClass().add(EditorStyles.SECTION_TITLE);
        HBox header = new HBox(title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(EditorStyles.SECTION_HEADER);
        VBox section = new VBox(header, new EditorFrame(area));
        section.getStyleClass().add(EditorStyles.SECTION);
        return section;
    }

    private void installShortcuts() {
        // A filter, because the focused code area would otherwise see Ctrl+F and Ctrl+H first.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e) || REPLACE.match(e)) {
                findBar.open(REPLACE.match(e));
                e.consume();
            }
        });
        // A handler, so Esc reaches open popups and text fields first.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && findBar.isShowing()) {
                findBar.close();
                e.consume();
            }
        });
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, Function<T, String> names) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // a ChoiceBox never parses text
            }
        });
        return box;
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        label.getStyleClass().add(EditorStyles.TOOLBAR_LABEL);
        return label;
    }
}
