package dev.promptsmith.ui.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.ObservableList;

/** Rows added at positions (add, duplicate, import) or removed from them (delete); each is the other's undo. */
final class PlaceRowsEdit<T> implements RowEdit<T> {

    private final ObservableList<Row<T>> table;
    private final List<Row<T>> rows;
    private final int[] indexes;
    private final boolean inserts;
    private final String description;

    private PlaceRowsEdit(ObservableList<Row<T>> table, List<Row<T>> rows, int[] indexes, boolean inserts,
                          String description) {
        this.table = table;
        this.rows = List.copyOf(rows);
        this.indexes = indexes.clone();
        this.inserts = inserts;
        this.description = description;
    }

    /** Puts {@code rows} at {@code indexes} (ascending positions in the resulting table). */
    static <T> PlaceRowsEdit<T> insert(ObservableList<Row<T>> table, List<Row<T>> rows, int[] indexes, String description) {
        return new PlaceRowsEdit<>(table, rows, indexes, true, description);
    }

    /** Puts a copy of each of {@code originals} right after it. */
    static <T> PlaceRowsEdit<T> copies(ObservableList<Row<T>> table, List<Row<T>> originals, UnaryOperator<T> copy,
                                       String description) {
        List<Integer> at = Placements.positions(table, originals);
        List<Row<T>> copies = new ArrayList<>();
        int[] indexes = new int[at.size()];
        for (int k = 0; k < at.size(); k++) {
            copies.add(new Row<>(copy.apply(table.get(at.get(k)).getValue())));
            indexes[k] = at.get(k) + k + 1;
        }
        return insert(table, copies, indexes, description);
    }

    /** Takes {@code rows} out of the table; undo puts each back where it was. */
    static <T> PlaceRowsEdit<T> remove(ObservableList<Row<T>> table, List<Row<T>> rows, String description) {
        List<Integer> at = Placements.positions(table, rows);
        List<Row<T>> inOrder = at.stream().map(table::get).toList();
        return new PlaceRowsEdit<>(table, inOrder, at.stream().mapToInt(Integer::intValue).toArray(), false, description);
    }

    @Override
    public void execute() {
        apply(inserts);
    }

    @Override
    public void undo() {
        apply(!inserts);
    }

    private void apply(boolean insert) {
        table.setAll(insert ? Placements.insert(table, rows, indexes) : Placements.remove(table, rows));
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
