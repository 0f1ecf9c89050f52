package dev.promptsmith.ui.editor;

import atlantafx.base.theme.Styles;
import dev.promptsmith.model.Role;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** One message of a prompt: its role, its template editor, and buttons to move or remove it. */
final class MessageEditorPane extends VBox {

    private final MessageDraft draft;
    private final TemplateCodeArea area;
    private final ChoiceBox<Role> role = new ChoiceBox<>();
    private final Button up = iconButton("\u2191", "Move up");
    private final Button down = iconButton("\u2193", "Move down");
    private final Button remove = iconButton("\u2715", "Remove message");
    private int index;

    MessageEditorPane(MessageDraft draft, TemplateCodeArea area, PromptEditorViewModel viewModel) {
        this.draft = draft;
        this.area = area;
        getStyleClass().add(EditorStyles.MESSAGE_CARD);
        getChildren().addAll(createHeader(), new EditorFrame(area));
        area.textProperty().addListener((obs, old, text) -> draft.contentProperty().set(text));
        up.setOnAction(e -> viewModel.moveMessageUp(index));
        down.setOnAction(e -> viewModel.moveMessageDown(index));
        remove.setOnAction(e -> viewModel.removeMessage(index));
    }

    private HBox createHeader() {
        role.getItems().setAll(Role.values());
        role.setConverter(new RoleConverter());
        role.valueProperty().bindBidirectional(draft.roleProperty());
        role.getStyleClass().add(EditorStyles.ROLE_CHOICE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(role, spacer, up, down, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(EditorStyles.MESSAGE_HEADER);
        return header;
    }


    /** Position in the message list: node ids follow it, and the move buttons stop at the ends. */
    void setIndex(int index, int count) {
        this.index = index;
        area.setId("messageEditor-" + index);
        role.setId("roleChoice-" + index);
        remove.setId("removeMessage-" + index);
        up.setId("moveMessageUp-" + index);
        down.setId("moveMessageDown-" + index);
        up.setDisable(index == 0);
        down.setDisable(index == count - 1);
    }

    MessageDraft draft() {
        return draft;
    }

    TemplateCodeArea area() {
        return area;
    }

    void unbind() {
        role.valueProperty().unbindBidirectional(draft.roleProperty());
    }

    private static Button iconButton(String glyph, String tooltip) {
        Button button = new Button(glyph);
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        return button;
    }

    /** Shows roles as they are spelled in project files. */
    private static final class RoleConverter extends StringConverter<Role> {
        @Override
        public String toString(Role role) {
            return role == null ? "" : role.key();
        }

        @Override
        public Role fromString(String text) {
            return Role.fromKey(text).orElse(Role.USER);
        }
    }
}
