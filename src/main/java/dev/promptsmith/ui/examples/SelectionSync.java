package dev.promptsmith.ui.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a table's selection and its view model's selection the same: the user's clicks go to the view
 * model, and the rows a command selects (a new row, restored rows) show in the table, scrolled into view.
 */
final class SelectionSync<T> {

    private final TableView<Row<T>> table;
    private final RecordTableViewModel<T> viewModel;
    private boolean syncing;

    SelectionSync(TableView<Row<T>> table, RecordTableViewModel<T> viewModel) {
        this.table = table;
        this.viewModel = viewModel;
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Row<T>>) c -> {
            if (!syncing) {
                viewModel.select(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
            }
        });
        viewModel.selection().addListener((ListChangeListener<Row<T>>) c -> showSelection());
    }

    private void showSelection() {
        List<Row<T>> wanted = viewModel.selection();
        if (new HashSet<>(table.getSelectionModel().getSelectedItems()).equals(new HashSet<>(wanted))) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            Map<Row<T>, Integer> index = Placements.index(table.getItems());
            int[] at = wanted.stream().map(index::get).filter(i -> i != null).mapToInt(Integer::intValue).sorted().toArray();
            if (at.length > 0) {
                table.getSelectionModel().selectIndices(at[0], java.util.Arrays.copyOfRange(at, 1, at.length));
                table.getFocusModel().focus(at[0]);
                reveal(at[0]);
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls only as far as needed; {@link TableView#scrollTo} would put the row at the top every time. */
    private void reveal(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }
}
