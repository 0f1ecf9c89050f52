package dev.promptsmith.ui.examples;

import java.util.ArrayList;
import java.util.List;

/** Several edits undone as one (an import that both replaces and adds records). */
final class CompositeEdit<T> implements RowEdit<T> {

    private final List<RowEdit<T>> parts;
    private final String description;

    CompositeEdit(List<RowEdit<T>> parts, String description) {
        this.parts = List.copyOf(parts);
        this.description = description;
    }

    @Override
    public void execute() {
        parts.forEach(RowEdit::execute);
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Row<T>> rows() {
        List<Row<T>> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.rows()));
        return all;
    }
}
