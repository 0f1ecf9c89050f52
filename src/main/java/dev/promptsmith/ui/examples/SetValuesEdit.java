package dev.promptsmith.ui.examples;

import java.util.List;

/** New values for some rows (a form edit, a bulk tag or split, a held-out split, an import that replaces). */
final class SetValuesEdit<T> implements RowEdit<T> {

    private final List<Row<T>> rows;
    private final List<T> before;
    private final List<T> after;
    private final String description;

    /** @param after the new value of each row, in the order of {@code rows} */
    SetValuesEdit(List<Row<T>> rows, List<T> after, String description) {
        if (rows.size() != after.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + after.size() + " values");
        }
        this.rows = List.copyOf(rows);
        this.before = rows.stream().map(Row::getValue).toList();
        this.after = List.copyOf(after);
        this.description = description;
    }

    @Override
    public void execute() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setValue(after.get(i));
        }
    }

    @Override
    public void undo() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setValue(before.get(i));
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Row<T>> rows() {
        return rows;
    }
}
