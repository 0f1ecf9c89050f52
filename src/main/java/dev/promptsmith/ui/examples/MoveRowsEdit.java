package dev.promptsmith.ui.examples;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;

/**
 * Rows moved one place up or down as a block (the order of few-shot examples is the order the model
 * reads them in). Rows at the edge stay put; the other rows keep their order, so undo puts the moved
 * rows back at their old positions.
 */
final class MoveRowsEdit<T> implements RowEdit<T> {

    private final ObservableList<Row<T>> table;
    private final List<Row<T>> rows;
    private final int[] from;
    private final int[] to;
    private final String description;

    private MoveRowsEdit(ObservableList<Row<T>> table, List<Row<T>> rows, int[] from, int[] to, String description) {
        this.table = table;
        this.rows = rows;
        this.from = from;
        this.to = to;
        this.description = description;
    }

    /**
     * The move of {@code selected} by {@code delta} (−1 up, +1 down), or empty when none of them can move.
     */
    static <T> Optional<MoveRowsEdit<T>> of(ObservableList<Row<T>> table, List<Row<T>> selected, int delta, String noun) {
        int[] from = Placements.positions(table, selected).stream().mapToInt(Integer::intValue).toArray();
        int[] to = new int[from.length];
        if (delta < 0) {
            int free = 0;
            for (int k = 0; k < from.length; k++) {
                to[k] = Math.max(from[k] - 1, free);
                free = to[k] + 1;
            }
        } else {
            int free = table.size() - 1;
            for (int k = from.length - 1; k >= 0; k--) {
                to[k] = Math.min(from[k] + 1, free);
                free = to[k] - 1;
            }
        }
        if (Arrays.equals(from, to)) {
            return Optional.empty();
        }
        List<Row<T>> rows = Arrays.stream(from).mapToObj(table::get).toList();
        String what = rows.size() == 1 ? noun : rows.size() + " " + noun + "s";
        return Optional.of(new MoveRowsEdit<>(table, rows, from, to, "Move " + what + (delta < 0 ? " up" : " down")));
    }

    @Override
    public void execute() {
        table.setAll(Placements.insert(Placements.remove(table, rows), rows, to));
    }

    @Override
    public void undo() {
        table.setAll(Placements.insert(Placements.remove(table, rows), rows, from));
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
