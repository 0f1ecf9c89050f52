package dev.promptsmith.ui.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The text of one model-parameter field with its last valid value and its validation error.
 * Invalid text shows an error and leaves the value as it was.
 */
public final class ParamField<T> {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ParamParser<T> parser;

    /** Starts at {@code initialValue}, so a stored value the form rejects is kept until fixed. */
    ParamField(ParamParser<T> parser, T initialValue, String initialText) {
        this.parser = parser;
        text.set(initialText);
        validate(initialText);
        value.set(initialValue); // as stored, even if its text form parses to an equal but different value
        text.addListener((obs, old, now) -> validate(now));
    }

    private void validate(String input) {
        ParamParser.Parsed<T> parsed = parser.parse(input == null ? "" : input);
        if (parsed.isValid()) {
            error.set("");
            value.set(parsed.value());
        } else {
            error.set(parsed.error());
        }
    }

    /** The text as typed; bind a text field to it. */
    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    /** A message for the user, empty when the text is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** The last valid value; null means "not set". */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T getValue() {
        return value.get();
    }
}
