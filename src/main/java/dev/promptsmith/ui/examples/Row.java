package dev.promptsmith.ui.examples;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One record in an examples or test-case table. The row stays the same object while its value is
 * edited, so the table's selection, the form and the undo history can all hold on to it; equality is
 * identity for that reason.
 */
public final class Row<T> {

    // Properties
    private final ReadOnlyObjectWrapper<T> value;
    private final ReadOnlyStringWrapper tokens = new ReadOnlyStringWrapper(this, "tokens", "");

    Row(T value) {
        this.value = new ReadOnlyObjectWrapper<>(this, "value", value);
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T getValue() {
        return value.get();
    }

    void setValue(T newValue) {
        value.set(newValue);
    }

    /** The tokens this example adds to a request ("≈123" when estimated); empty for test cases. */
    public ReadOnlyStringProperty tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    public String getTokens() {
        return tokens.get();
    }

    void setTokens(String text) {
        tokens.set(text);
    }

    @Override
    public String toString() {
        return "Row[" + value.get() + "]";
    }
}
