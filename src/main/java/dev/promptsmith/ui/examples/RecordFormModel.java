package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Split;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form that edits the selected record: id, each variable's value, the expected output (or an
 * example's output) as text or JSON, tags, split and note. Validates as the user types (a unique,
 * non-blank id; JSON that parses where a field is marked JSON); the table's view model applies a valid
 * draft as one undoable edit. Fields left untouched keep their exact stored value.
 */
public final class RecordFormModel<T> {

    // Properties
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final ObservableList<VarDraft> vars = FXCollections.observableArrayList(VarDraft::observables);
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final BooleanProperty outcomeJson = new SimpleBooleanProperty(this, "outcomeJson");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>(this, "split", Split.DEV);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyObjectWrapper<Row<T>> row = new ReadOnlyObjectWrapper<>(this, "row");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper untouched = new ReadOnlyStringWrapper(this, "untouched", "");

    private final RecordFields<T> fields;
    private final JsonText json;
    private final BiPredicate<String, Row<T>> idTaken;
    private final ChangeListener<T> reloadOnChange = (o, old, now) -> reload();
    private DraftTexts loaded;
    private boolean loading;
    private T parsed;

    /** @param idTaken whether a row other than the given one has the id */
    RecordFormModel(RecordFields<T> fields, JsonText json, BiPredicate<String, Row<T>> idTaken) {
        this.fields = fields;
        this.json = json;
        this.idTaken = idTaken;
        InvalidationListener validate = o -> validate();
        for (var input : List.of(id, vars, outcome, outcomeJson, tags, split, note)) {
            input.addListener(validate);
        }
    }

    public StringProperty idProperty() {
        return id;
    }

    public ObservableList<VarDraft> vars() {
        return vars;
    }

    /** The expected output of a test case, or the output of an example. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** Whether the outcome text is JSON: it must parse, and a test case then expects the JSON value. */
    public BooleanProperty outcomeJsonProperty() {
        return outcomeJson;
    }

    /** Tags separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The row being edited, or null when none (or several) are selected. */
    public ReadOnlyObjectProperty<Row<T>> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public Row<T> getRow() {
        return row.get();
    }

    /** What is wrong with the draft, in words; empty when it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** Whether the draft differs from the row it was loaded from. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** What the form leaves as it is (a test case's assertions), in words. */
    public ReadOnlyStringProperty untouchedProperty() {
        return untouched.getReadOnlyProperty();
    }

    public String outcomeLabel() {
        return fields.outcomeLabel();
    }

    public boolean hasSplit() {
        return fields.hasSplit();
    }

    /** The record the draft describes, when it is valid. */
    public Optional<T> edited() {
        return row.get() == null ? Optional.empty() : Optional.ofNullable(parsed);
    }

    // Commands

    /** Shows {@code newRow} in the form, or empties the form for null. */
    void load(Row<T> newRow) {
        if (row.get() != null) {
            row.get().valueProperty().removeListener(reloadOnChange);
        }
        row.set(newRow);
        if (newRow != null) {
            newRow.valueProperty().addListener(reloadOnChange);
        }
        reload();
    }

    /** Drops the edits: the form shows the row as it is. */
    public void revert() {
        reload();
    }

    public void addVar() {
        Set<String> names = new HashSet<>();
        vars.forEach(v -> names.add(v.getName().strip()));
        String name = "var";
        for (int n = 2; names.contains(name); n++) {
            name = "var" + n;
        }
        vars.add(new VarDraft(name, "", false));
    }

    public void removeVar(VarDraft draft) {
        vars.remove(draft);
    }

    private void reload() {
        loading = true;
        T value = row.get() == null ? null : row.get().getValue();
        List<VarDraft> drafts = new ArrayList<>();
        if (value == null) {
            id.set("");
            outcome.set("");
            outcomeJson.set(false);
            tags.set("");
            split.set(Split.DEV);
            note.set("");
            untouched.set("");
        } else {
            id.set(fields.id(value));
            fields.vars(value).forEach((name, v) -> {
                JsonText.Shown shown = json.show(v);
                drafts.add(new VarDraft(name, shown.text(), shown.json()));
            });
            JsonText.Shown shownOutcome = json.show(fields.outcome(value));
            outcome.set(shownOutcome.text());
            outcomeJson.set(shownOutcome.json());
            tags.set(String.join(", ", fields.tags(value)));
            split.set(fields.split(value));
            note.set(fields.note(value) == null ? "" : fields.note(value));
            untouched.set(fields.untouchedFields(value));
        }
        vars.setAll(drafts);
        loaded = texts();
        loading = false;
        validate();
    }

    private DraftTexts texts() {
        return new DraftTexts(id.get(), vars.stream().map(VarDraft::texts).toList(), outcome.get(), outcomeJson.get(),
                tags.get(), split.get(), note.get());
    }

    private void validate() {
        if (loading) {
            return;
        }
        if (row.get() == null) {
            parsed = null;
            error.set("");
            dirty.set(false);
            return;
        }
        DraftTexts now = texts();
        dirty.set(!now.equals(loaded));
        try {
            parsed = parse(now, row.get().getValue());
            error.set("");
        } catch (InvalidDraft e) {
            parsed = null;
            error.set(e.getMessage());
        }
    }

    /** The record the texts describe; an unedited field keeps the original's exact value. */
    private T parse(DraftTexts now, T original) throws InvalidDraft {
        String newId = now.id().strip();
        if (newId.isEmpty()) {
            throw new InvalidDraft("The id must not be blank.");
        }
        // Only a changed id can clash with another row; this also spares a table of 10,000 rows a count on every selection.
        if (!newId.equals(loaded.id().strip()) && idTaken.test(newId, row.get())) {
            throw new InvalidDraft("Another " + fields.kind().noun() + " already has the id '" + newId + "'.");
        }
        Map<String, Object> newVars = vars(now, original);
        Object newOutcome = outcome(now, original);
        List<String> newTags = List.copyOf(new LinkedHashSet<>(Arrays.stream(now.tags().split("[,;]"))
                .map(String::strip).filter(t -> !t.isEmpty()).toList()));
        String newNote = now.note().equals(loaded.note()) ? fields.note(original) : now.note().isBlank() ? null : now.note();
        Split newSplit = now.split() == null ? Split.DEV : now.split();
        return fields.build(original, newId, newVars, newOutcome, newTags, newSplit, newNote);
    }

    private Map<String, Object> vars(DraftTexts now, T original) throws InvalidDraft {
        Map<String, DraftTexts.Var> before = new HashMap<>();
        loaded.vars().forEach(v -> before.put(v.name(), v));
        Map<String, Object> out = new LinkedHashMap<>();
        for (DraftTexts.Var v : now.vars()) {
            String name = v.name().strip();
            if (name.isEmpty()) {
                throw new InvalidDraft("A variable has no name.");
            }
            if (out.containsKey(name)) {
                throw new InvalidDraft("Two variables are named '" + name + "'.");
            }
            if (v.equals(before.get(v.name()))) {
                out.put(name, fields.vars(original).get(v.name()));
            } else {
                out.put(name, v.json() ? parseJson(v.text(), "Variable '" + name + "'") : v.text());
            }
        }
        return out;
    }

    private Object outcome(DraftTexts now, T original) throws InvalidDraft {
        if (now.outcome().equals(loaded.outcome()) && now.outcomeJson() == loaded.outcomeJson()) {
            return fields.outcome(original);
        }
        if (now.outcomeJson()) {
            Object value = parseJson(now.outcome(), fields.outcomeLabel());
            return fields.outcomeIsText() ? now.outcome() : value;
        }
        return now.outcome().isBlank() ? null : now.outcome();
    }

    private Object parseJson(String text, String what) throws InvalidDraft {
        if (text.isBlank()) {
            throw new InvalidDraft(what + " is marked JSON but is empty.");
        }
        try {
            return json.parse(text);
        } catch (InvalidDraft e) {
            throw new InvalidDraft(what + " is not valid JSON: " + e.getMessage());
        }
    }
}
