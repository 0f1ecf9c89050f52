package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Split;
import dev.promptsmith.ui.common.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The form beside a record table: the selected row's fields, its validation message, Apply and Revert. */
final class RecordFormView<T> extends ScrollPane {

    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final RecordFormModel<T> form;
    private final VBox varsBox = new VBox(6);

    RecordFormView(RecordFormModel<T> form, Runnable onApply) {
        this.form = form;
        setId("recordForm");
        setFitToWidth(true);
        VBox box = new VBox();
        box.getStyleClass().add(Styles.RECORD_FORM);
        box.getChildren().addAll(createTitle(), label("Id"), createId(), createVars(), createOutcome());
        box.getChildren().addAll(label("Tags (separated by commas)"), createTags());
        if (form.hasSplit()) {
            box.getChildren().addAll(label("Split"), createSplit());
        }
        box.getChildren().addAll(label("Note"), createNote(), createUntouched(), createError(), createButtons(onApply));
        box.disableProperty().bind(form.rowProperty().isNull());
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (APPLY.match(e)) {
                onApply.run();
                e.consume();
            }
        });
        setContent(box);
    }

    private Label createTitle() {
        Label title = new Label();
        title.setId("formTitle");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> form.getRow() == null
                ? "Select one row to edit it" : "Edit " + form.idProperty().get() + (form.isDirty() ? " ●" : ""),
                form.rowProperty(), form.idProperty(), form.dirtyProperty()));
        return title;
    }

    private TextField createId() {
        TextField id = new TextField();
        id.setId("formId");
        id.textProperty().bindBidirectional(form.idProperty());
        return id;
    }

    private Node createVars() {
        Button add = new Button("+ Variable");
        add.setId("addVar");
        add.setOnAction(e -> form.addVar());
        // Only added or removed variables rebuild the rows; an edit inside one must keep the caret where it is.
        form.vars().addListener((ListChangeListener<VarDraft>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= !c.wasUpdated();
            }
            if (structural) {
                rebuildVars();
            }
        });
        rebuildVars();
        return new VBox(6, label("Variables"), varsBox, add);
    }

    private void rebuildVars() {
        varsBox.getChildren().clear();
        List<VarDraft> drafts = List.copyOf(form.vars());
        for (int i = 0; i < drafts.size(); i++) {
            varsBox.getChildren().add(varRow(i, drafts.get(i)));
        }
    }

    private Node varRow(int index, VarDraft draft) {
        TextField name = new TextField();
        name.setId("varName-" + index);
        name.setPromptText("name");
        name.textProperty().bindBidirectional(draft.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        CheckBox json = new CheckBox("JSON");
        json.setId("varJson-" + index);
        json.selectedProperty().bindBidirectional(draft.jsonProperty());
        Button remove = new Button("✕");
        remove.setId("removeVar-" + index);
        remove.setOnAction(e -> form.removeVar(draft));
        TextArea value = textArea("varValue-" + index, 3);
        value.textProperty().bindBidirectional(draft.textProperty());
        return new VBox(2, new HBox(6, name, json, remove), value);
    }

    private Node createOutcome() {
        CheckBox json = new CheckBox("JSON");
        json.setId("formOutcomeJson");
        json.selectedProperty().bindBidirectional(form.outcomeJsonProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TextArea outcome = textArea("formOutcome", 4);
        outcome.textProperty().bindBidirectional(form.outcomeProperty());
        return new VBox(2, new HBox(6, label(form.outcomeLabel()), spacer, json), outcome);
    }

    private TextField createTags() {
        TextField tags = new TextField();
        tags.setId("formTags");
        tags.textProperty().bindBidirectional(form.tagsProperty());
        return tags;
    }

    private ComboBox<Split> createSplit() {
        ComboBox<Split> split = new ComboBox<>(FXCollections.observableArrayList(Split.values()));
        split.setId("formSplit");
        split.valueProperty().bindBidirectional(form.splitProperty());
        split.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Split value) {
                return value == null ? "" : value.key();
            }

            @Override
            public Split fromString(String text) {
                return Split.fromKey(text).orElse(null);
            }
        });
        return split;
    }

    private TextArea createNote() {
        TextArea note = textArea("formNote", 2);
        note.textProperty().bindBidirectional(form.noteProperty());
        return note;
    }

    private Label createUntouched() {
        Label untouched = new Label();
        untouched.getStyleClass().add(Styles.MUTED);
        untouched.setWrapText(true);
        untouched.textProperty().bind(form.untouchedProperty());
        untouched.managedProperty().bind(untouched.textProperty().isNotEmpty());
        return untouched;
    }

    private Label createError() {
        Label error = new Label();
        error.setId("formError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(form.errorProperty());
        return error;
    }

    private HBox createButtons(Runnable onApply) {
        Button apply = new Button("Apply");
        apply.setId("applyEdit");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(form.dirtyProperty().not().or(form.errorProperty().isNotEmpty()));
        apply.setOnAction(e -> onApply.run());
        Button revert = new Button("Revert");
        revert.setId("revertEdit");
        revert.disableProperty().bind(form.dirtyProperty().not());
        revert.setOnAction(e -> form.revert());
        Label hint = new Label("Ctrl+Enter applies");
        hint.getStyleClass().add(Styles.MUTED);
        HBox buttons = new HBox(6, apply, revert, hint);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return buttons;
    }

    private static TextArea textArea(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
