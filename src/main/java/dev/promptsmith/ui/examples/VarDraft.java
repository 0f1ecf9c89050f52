package dev.promptsmith.ui.examples;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One variable in the record form: its name, its value as text, and whether that text is JSON. */
public final class VarDraft {

    // Properties
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty json = new SimpleBooleanProperty(this, "json");

    VarDraft(String name, String text, boolean json) {
        this.name.set(name);
        this.text.set(text);
        this.json.set(json);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String getName() {
        return name.get();
    }

    /** The value as text: the text itself, or JSON when {@link #jsonProperty()} is set. */
    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public BooleanProperty jsonProperty() {
        return json;
    }

    public boolean isJson() {
        return json.get();
    }

    /** What the form compares to tell whether the variable was edited. */
    DraftTexts.Var texts() {
        return new DraftTexts.Var(name.get(), text.get(), json.get());
    }

    Observable[] observables() {
        return new Observable[] {name, text, json};
    }
}
