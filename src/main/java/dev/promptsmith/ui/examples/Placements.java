package dev.promptsmith.ui.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Rows put into a list at given positions and taken out again, each in one pass over the list, so that
 * a table of 10,000 rows gets one change event per edit instead of one per row.
 */
final class Placements {

    /** Beyond this many runs of adjacent rows, one replacement of the list is cheaper than a change per run. */
    private static final int MAX_RUNS = 8;

    private Placements() {
    }

    /**
     * {@code current} with each of {@code placed} at its index in the result.
     *
     * @param indexes ascending positions in the result, one per placed row
     */
    static <T> List<Row<T>> insert(List<Row<T>> current, List<Row<T>> placed, int[] indexes) {
        List<Row<T>> out = new ArrayList<>(current.size() + placed.size());
        int from = 0;
        for (int k = 0; k < placed.size(); k++) {
            while (out.size() < indexes[k] && from < current.size()) {
                out.add(current.get(from++));
            }
            out.add(placed.get(k));
        }
        while (from < current.size()) {
            out.add(current.get(from++));
        }
        return out;
    }

    /**
     * Puts each of {@code placed} at its index in {@code table}. A few runs of adjacent rows are added run
     * by run, so the filtered list and the table update only there; many scattered rows are put in with
     * one replacement of the whole list instead of one change each.
     */
    static <T> void insertInto(ObservableList<Row<T>> table, List<Row<T>> placed, int[] indexes) {
        List<int[]> runs = runs(indexes);
        if (runs.size() > MAX_RUNS) {
            table.setAll(insert(table, placed, indexes));
            return;
        }
        for (int[] run : runs) {
            table.addAll(indexes[run[0]], placed.subList(run[0], run[1]));
        }
    }

    /** Takes {@code rows} out of {@code table}, where they stand at {@code indexes}; see {@link #insertInto}. */
    static <T> void removeFrom(ObservableList<Row<T>> table, List<Row<T>> rows, int[] indexes) {
        List<int[]> runs = runs(indexes);
        boolean inPlace = true;
        for (int k = 0; k < rows.size() && inPlace; k++) {
            inPlace = indexes[k] < table.size() && table.get(indexes[k]) == rows.get(k);
        }
        if (runs.size() > MAX_RUNS || !inPlace) {
            table.setAll(remove(table, rows));
            return;
        }
        for (int r = runs.size() - 1; r >= 0; r--) {
            int[] run = runs.get(r);
            table.remove(indexes[run[0]], indexes[run[0]] + run[1] - run[0]);
        }
    }

    /** Runs of consecutive indexes, each as {from, to} positions in {@code indexes} (to exclusive). */
    private static List<int[]> runs(int[] indexes) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= indexes.length; k++) {
            if (k == indexes.length || indexes[k] != indexes[k - 1] + 1) {
                runs.add(new int[] {start, k});
                start = k;
            }
        }
        return runs;
    }

    /** {@code current} without {@code gone}. */
    static <T> List<Row<T>> remove(List<Row<T>> current, Collection<Row<T>> gone) {
        Set<Row<T>> out = identitySet(gone);
        List<Row<T>> kept = new ArrayList<>(current.size());
        for (Row<T> row : current) {
            if (!out.contains(row)) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The positions of {@code rows} in {@code list}, in list order; rows not in the list are left out. */
    static <T> List<Integer> positions(List<Row<T>> list, Collection<Row<T>> rows) {
        Set<Row<T>> wanted = identitySet(rows);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (wanted.contains(list.get(i))) {
                at.add(i);
            }
        }
        return at;
    }

    /** The first row after the last of {@code rows} that is not one of them: what to select once they are gone. */
    static <T> Optional<Row<T>> after(List<Row<T>> list, Collection<Row<T>> rows) {
        List<Integer> at = positions(list, rows);
        Set<Row<T>> set = identitySet(rows);
        for (int i = at.isEmpty() ? list.size() : at.get(at.size() - 1) + 1; i < list.size(); i++) {
            if (!set.contains(list.get(i))) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    static <T> Set<Row<T>> identitySet(Collection<Row<T>> rows) {
        Set<Row<T>> set = Collections.newSetFromMap(new IdentityHashMap<>(rows.size() * 2));
        set.addAll(rows);
        return set;
    }

    /** Row → position, for looking many rows up in one list. */
    static <T> Map<Row<T>, Integer> index(List<Row<T>> list) {
        Map<Row<T>, Integer> index = new IdentityHashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i), i);
        }
        return index;
    }
}
