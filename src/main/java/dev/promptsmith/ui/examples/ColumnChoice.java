package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.ColumnField;
import dev.promptsmith.dataset.ColumnTarget;
import dev.promptsmith.dataset.RecordKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column of a table being imported, and the field it goes to; the choices are what the record kind has. */
public final class ColumnChoice {

    private static final EnumSet<ColumnField> NOT_OFFERED = EnumSet.of(ColumnField.VAR, ColumnField.IGNORED,
            ColumnField.UNSUPPORTED);

    // Properties
    private final ObjectProperty<ColumnTarget> target = new SimpleObjectProperty<>(this, "target");

    private final int index;
    private final String header;
    private final List<ColumnTarget> options;

    ColumnChoice(int index, String header, ColumnTarget guessed, RecordKind<?> kind) {
        this.index = index;
        this.header = header;
        this.options = options(index, header, guessed, kind);
        target.set(guessed);
    }

    /** The 0-based column. */
    public int index() {
        return index;
    }

    /** The column's header, or "column N" for a blank one. */
    public String header() {
        return header.isBlank() ? "column " + (index + 1) : header;
    }

    public ObjectProperty<ColumnTarget> targetProperty() {
        return target;
    }

    public ColumnTarget getTarget() {
        return target.get();
    }

    /** A variable named after the column, each field of the record kind, and "ignore"; the guess first if it is none of those. */
    public List<ColumnTarget> options() {
        return options;
    }

    private static List<ColumnTarget> options(int index, String header, ColumnTarget guessed, RecordKind<?> kind) {
        List<ColumnTarget> list = new ArrayList<>();
        String varName = guessed.field() == ColumnField.VAR ? guessed.varName()
                : header.isBlank() ? "column" + (index + 1) : header.strip();
        list.add(ColumnTarget.var(varName));
        for (ColumnField field : ColumnField.values()) {
            if (kind.fields().contains(field) && !NOT_OFFERED.contains(field)) {
                list.add(ColumnTarget.of(field));
            }
        }
        list.add(ColumnTarget.of(ColumnField.IGNORED));
        if (!list.contains(guessed)) {
            list.add(0, guessed);
        }
        return List.copyOf(list);
    }
}
