package dev.promptsmith.ui.editor;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.Role;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A message template being edited: its role and content as properties. */
public final class MessageDraft {

    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.USER);
    private final StringProperty content = new SimpleStringProperty(this, "content", "");

    public MessageDraft(Role role, String content) {
        this.role.set(role == null ? Role.USER : role);
        this.content.set(content == null ? "" : content);
    }

    public static MessageDraft of(MessageTemplate template) {
        return new MessageDraft(template.role(), template.content());
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public Role getRole() {
        return role.get();
    }

    public StringProperty contentProperty() {
        return content;
    }

    public String getContent() {
        return content.get();
    }

    public MessageTemplate toTemplate() {
        Role value = role.get();
        return new MessageTemplate(value == null ? Role.USER : value, content.get() == null ? "" : content.get());
    }
}
