package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.dataset.RecordMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.collections.ObservableList;

/**
 * Imported records put into a table as {@link RecordMerge} puts them into a project — a record whose id
 * the table has replaces that row where it stands, new ones are appended — as one undoable edit.
 */
final class ImportEdit {

    private ImportEdit() {
    }

    /**
     * The edit, or empty when the import changes nothing.
     *
     * @param describe makes the edit's description from the numbers of added and replaced records
     */
    static <T> Optional<RowEdit<T>> of(ObservableList<Row<T>> rows, RecordKind<T> kind, List<T> imported,
                                       java.util.function.BiFunction<Integer, Integer, String> describe) {
        List<T> existing = rows.stream().map(Row::getValue).toList();
        RecordMerge.Merged<T> merged = new RecordMerge<>(kind).merge(existing, imported);
        List<RowEdit<T>> parts = new ArrayList<>();
        List<Row<T>> replacedRows = new ArrayList<>();
        List<T> replacedValues = new ArrayList<>();
        for (int i = 0; i < existing.size(); i++) {
            // The merge puts an imported record in place of the one it replaces; untouched records stay the same objects.
            if (merged.records().get(i) != existing.get(i)) {
                replacedRows.add(rows.get(i));
                replacedValues.add(merged.records().get(i));
            }
        }
        if (!replacedRows.isEmpty()) {
            parts.add(new SetValuesEdit<>(replacedRows, replacedValues, "replace"));
        }
        List<Row<T>> added = merged.records().subList(existing.size(), merged.records().size()).stream()
                .map(Row::new).toList();
        if (!added.isEmpty()) {
            int[] at = IntStream.range(existing.size(), existing.size() + added.size()).toArray();
            parts.add(PlaceRowsEdit.insert(rows, added, at, "add"));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(new CompositeEdit<>(parts, describe.apply(merged.added(), merged.replaced())));
    }
}
