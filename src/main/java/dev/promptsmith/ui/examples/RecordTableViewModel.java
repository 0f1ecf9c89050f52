package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.ExportResult;
import dev.promptsmith.dataset.ImportResult;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A table of few-shot examples or test cases as curated data: add, duplicate, delete, reorder, bulk
 * tags, search and filters, a form for the selected row, import and export, all undoable. Every change
 * hands the whole new list to the {@code onChange} consumer given at construction (the shell puts it
 * into the project, which makes it dirty); {@link #setRecords} takes a list from outside.
 */
public abstract class RecordTableViewModel<T> {

    private static final int UNDO_LIMIT = 200;

    // Properties
    private final ObservableList<Row<T>> rows = FXCollections.observableArrayList();
    private final ObservableList<Row<T>> selection = FXCollections.observableArrayList();
    private final ObservableList<Row<T>> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Row<T>> readOnlySelection = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final RowFilterModel<T> filter;
    private final RecordFormModel<T> form;
    private final UndoStack<RowEdit<T>> history = new UndoStack<>(UNDO_LIMIT);
    private final BooleanBinding canMove;

    final RecordFields<T> fields;
    final BackgroundTasks tasks;
    final DatasetServices data;
    private final Consumer<List<T>> onChange;
    private final RecordExport<T> export;
    private boolean performing;
    private final IdIndex<T> idIndex;

    RecordTableViewModel(RecordFields<T> fields, BackgroundTasks tasks, Consumer<List<T>> onChange, DatasetServices data,
                         RecordExport<T> export) {
        this.fields = fields;
        this.tasks = tasks;
        this.onChange = onChange;
        this.data = data;
        this.export = export;
        this.filter = new RowFilterModel<>(rows, fields, tasks);
        this.idIndex = new IdIndex<>(rows, fields);
        this.form = new RecordFormModel<>(fields, new JsonText(data::json), idIndex::takenByOther);
        this.canMove = Bindings.createBooleanBinding(() -> !selection.isEmpty() && !filter.isActive(),
                selection, filter.searchProperty(), filter.tagProperty(), filter.splitProperty());
    }

    /** Every row, in file order. */
    public ObservableList<Row<T>> rows() {
        return readOnlyRows;
    }

    /** The rows the filters let through, in file order: the table's items. */
    public FilteredList<Row<T>> shownRows() {
        return filter.shown();
    }

    /** The selected rows; the view reports the table's selection with {@link #select}. */
    public ObservableList<Row<T>> selection() {
        return readOnlySelection;
    }

    public RowFilterModel<T> filter() {
        return filter;
    }

    public RecordFormModel<T> form() {
        return form;
    }

    /** The undo history: whether there is something to undo or redo, and what. */
    public UndoStack<? extends UndoableEdit> history() {
        return history;
    }

    /** What the last command did, or what stopped it, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** Rows can be moved while some are selected and no filter hides rows (a move past hidden rows would surprise). */
    public BooleanBinding canMoveBinding() {
        return canMove;
    }

    /** "test case" or "example". */
    public String noun() {
        return fields.kind().noun();
    }

    /** The records as they are now, in order. */
    public List<T> records() {
        List<T> values = new ArrayList<>(rows.size());
        rows.forEach(r -> values.add(r.getValue()));
        return List.copyOf(values);
    }

    /** The extensions {@link #export} understands, without dots. */
    public List<String> exportExtensions() {
        return export.extensions();
    }

    /** A name to offer for an export: {@code tests.csv}, {@code examples.csv}. */
    public String exportFileName() {
        return export.suggestedName(fields.kind());
    }

    /** The extensions an import understands, without dots. */
    public Set<String> importExtensions() {
        return data.importer().extensions();
    }

    // Commands

    /**
     * Shows {@code records} in place of the current ones (a project was opened or reloaded) and forgets
     * the undo history. A list equal to the current records changes nothing, so the shell may pass every
     * project it sees, including the ones this table just produced.
     */
    public void setRecords(List<T> records) {
        if (records.equals(records())) {
            return;
        }
        List<Row<T>> fresh = new ArrayList<>(records.size());
        records.forEach(r -> fresh.add(new Row<>(r)));
        performing = true;
        try {
            rows.setAll(fresh);
        } finally {
            performing = false;
        }
        idIndex.invalidate();
        history.clear();
        setSelection(List.of());
        filter.reset();
        rowsChanged();
        status.set("");
        data.preload(tasks, error -> status.set("Could not load the dataset tools: " + error.getMessage()));
    }

    /**
     * The table's selection changed. A valid, edited form is applied to its row first; an invalid one
     * is dropped, and the status says why.
     */
    public void select(List<Row<T>> selected) {
        List<Row<T>> now = selected.stream().filter(Objects::nonNull).toList();
        if (performing || now.equals(selection)) {
            return;
        }
        commitForm();
        setSelection(now);
    }

    /** Adds an empty record after the selected rows (or at the end) and selects it. */
    public void add() {
        commitForm();
        List<Integer> at = Placements.positions(rows, selection);
        int index = at.isEmpty() ? rows.size() : at.get(at.size() - 1) + 1;
        Row<T> row = new Row<>(fields.blank(newIds().next()));
        perform(PlaceRowsEdit.insert(rows, List.of(row), new int[] {index}, "Add " + noun() + " " + idOf(row)));
    }

    /** Copies each selected row, with a new id, right after it. */
    public void duplicate() {
        commitForm();
        if (selection.isEmpty()) {
            return;
        }
        NewIds ids = newIds();
        perform(PlaceRowsEdit.copies(rows, selection, v -> fields.withId(v, ids.copyOf(fields.id(v))),
                "Duplicate " + count(selection.size())));
    }

    /** Deletes the selected rows and selects the row after them. */
    public void delete() {
        if (selection.isEmpty()) {
            return;
        }
        // The form's row is being deleted: its unapplied edits go with it, and undo brings back the row as it was.
        form.revert();
        List<Row<T>> gone = List.copyOf(selection);
        Optional<Row<T>> next = Placements.after(rows, gone);
        perform(PlaceRowsEdit.remove(rows, gone, "Delete " + count(gone.size())), false);
        setSelection(next.map(List::of).orElse(List.of()));
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int delta) {
        if (filter.isActive()) {
            status.set("Clear the search and filters to reorder rows: a move past hidden rows would not show.");
            return;
        }
        commitForm();
        MoveRowsEdit.of(rows, selection, delta, noun()).ifPresent(this::perform);
    }

    /** Adds {@code tag} to every selected row that lacks it. */
    public void addTag(String tag) {
        changeTag(tag, true);
    }

    /** Removes {@code tag} from every selected row that has it. */
    public void removeTag(String tag) {
        changeTag(tag, false);
    }

    private void changeTag(String tag, boolean add) {
        String name = tag == null ? "" : tag.strip();
        if (name.isEmpty() || selection.isEmpty()) {
            status.set(name.isEmpty() ? "Type the tag first." : "Select the rows first.");
            return;
        }
        commitForm();
        changeSelected(v -> fields.tags(v).contains(name) != add, v -> {
            List<String> tags = new ArrayList<>(fields.tags(v));
            tags.remove(name);
            if (add) {
                tags.add(name);
            }
            return fields.withTags(v, tags);
        }, add ? "Add tag '" + name + "' to " : "Remove tag '" + name + "' from ",
                add ? "Every selected row already has the tag '" + name + "'." : "No selected row has the tag '" + name + "'.");
    }

    /** Applies a new value to each selected row that {@code needs} it, as one edit. */
    void changeSelected(java.util.function.Predicate<T> needs, java.util.function.UnaryOperator<T> change,
                        String description, String nothingToDo) {
        List<Row<T>> changed = selection.stream().filter(r -> needs.test(r.getValue())).toList();
        if (changed.isEmpty()) {
            status.set(nothingToDo);
            return;
        }
        // The selection stays as it is, rows that needed no change included, for the next bulk edit.
        perform(new SetValuesEdit<>(changed, changed.stream().map(r -> change.apply(r.getValue())).toList(),
                description + count(changed.size())), false);
    }

    /** Applies the form's draft to its row as one edit; an invalid draft is left in the form with its error. */
    public void applyForm() {
        Row<T> row = form.getRow();
        if (row == null || !form.isDirty()) {
            return;
        }
        if (form.edited().isEmpty()) {
            status.set("Not applied: " + form.getError());
            return;
        }
        perform(new SetValuesEdit<>(List.of(row), List.of(form.edited().get()), "Edit " + idOf(row)));
    }

    /** Undoes the latest change: unapplied edits in the form first, then the history. */
    public void undo() {
        if (form.isDirty()) {
            form.revert();
            status.set("Dropped the unapplied edits in the form");
            return;
        }
        idIndex.invalidate();
        history.undo().ifPresent(edit -> afterChange(edit.rows(), edit.rows(), "Undid: " + edit.description()));
    }

    public void redo() {
        form.revert();
        idIndex.invalidate();
        history.redo().ifPresent(edit -> afterChange(edit.rows(), edit.rows(), "Redid: " + edit.description()));
    }

    /** A new import into this table; its result is merged as one undoable edit. */
    public ImportViewModel<T> startImport() {
        commitForm();
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(idOf(r)));
        return new ImportViewModel<>(fields.kind(), data.importer(), tasks, ids, this::applyImport);
    }

    /** Puts the accepted records of an import into the table as one edit (see {@link ImportEdit}). */
    void applyImport(ImportResult<T> result) {
        ImportEdit.of(rows, fields.kind(), result.values(), (added, replaced) -> "Import " + count(result.imported())
                + " from " + result.file() + " (" + added + " added, " + replaced + " replaced)")
                .ifPresentOrElse(this::perform, () -> status.set("Nothing imported from " + result.file()));
    }

    /** Writes the rows shown (all of them unless a filter hides some) to {@code file}, in the background. */
    public void export(Path file) {
        commitForm();
        List<T> shown = shownRows().stream().map(Row::getValue).toList();
        boolean filtered = filter.isActive();
        tasks.run(() -> export.write(file, shown), (ExportResult result) -> status.set("Exported " + count(shown.size())
                + (filtered ? " (the rows shown)" : "") + " to " + file.getFileName()
                + (result.exact() ? "" : "; " + String.join("; ", result.notes()))),
                error -> status.set("Could not export to " + file.getFileName() + ": " + error.getMessage()));
    }

    // For subclasses

    /** Runs an edit through the history and selects the rows it touched. */
    void perform(RowEdit<T> edit) {
        perform(edit, true);
    }

    private void perform(RowEdit<T> edit, boolean selectRows) {
        performing = true;
        idIndex.invalidate();
        try {
            history.perform(edit);
        } finally {
            performing = false;
        }
        afterChange(edit.rows(), selectRows ? edit.rows() : null, edit.description());
    }

    /** Called after every change of the rows or their values (tokens are recounted then). */
    void rowsChanged() {
    }

    void report(String message) {
        status.set(message);
    }

    String count(int n) {
        return n + " " + noun() + (n == 1 ? "" : "s");
    }

    String idOf(Row<T> row) {
        return fields.id(row.getValue());
    }

    private void afterChange(List<Row<T>> touched, List<Row<T>> select, String description) {
        idIndex.invalidate();
        onChange.accept(records());
        filter.refresh(touched);
        rowsChanged();
        if (select != null) {
            Set<Row<T>> present = Placements.identitySet(rows);
            setSelection(select.stream().filter(present::contains).toList());
        }
        status.set(description);
    }

    private void setSelection(List<Row<T>> selected) {
        selection.setAll(selected);
        form.load(selected.size() == 1 ? selected.get(0) : null);
    }

    /** Applies a valid, edited form before the selection or the rows change; drops an invalid one. */
    private void commitForm() {
        if (!form.isDirty() || form.getRow() == null) {
            return;
        }
        Row<T> row = form.getRow();
        if (form.edited().isPresent()) {
            perform(new SetValuesEdit<>(List.of(row), List.of(form.edited().get()), "Edit " + idOf(row)), false);
        } else {
            String error = form.getError();
            form.revert();
            status.set("The edits to " + idOf(row) + " were not applied: " + error);
        }
    }

    private NewIds newIds() {
        List<String> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(idOf(r)));
        return new NewIds(fields.kind(), ids, id -> idIndex.takenByOther(id, null));
    }
}
