package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Split;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Which rows a table shows: those matching a search text, a tag and a split. The matching runs off the
 * FX thread over a snapshot of the rows; the FX thread then only looks each row up in the set of
 * matches, so filtering 10,000 rows costs it a hash lookup per row. A result computed from stale inputs
 * is dropped. Rows added after the snapshot are shown until the next result arrives, and rows an edit
 * touched stay shown until the filter itself changes, so a row never vanishes while it is being worked on.
 */
public final class RowFilterModel<T> {

    public static final String ALL = "All";

    // Properties
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty tag = new SimpleStringProperty(this, "tag", ALL);
    private final StringProperty split = new SimpleStringProperty(this, "split", ALL);
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList(ALL);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final ObservableList<Row<T>> rows;
    private final FilteredList<Row<T>> shown;
    private final RecordFields<T> fields;
    private final BackgroundTasks tasks;
    private final Set<Row<T>> pinned = Placements.identitySet(List.of());
    private Runnable onFiltered = () -> { };
    private long generation;

    RowFilterModel(ObservableList<Row<T>> rows, RecordFields<T> fields, BackgroundTasks tasks) {
        this.rows = rows;
        this.shown = new FilteredList<>(rows);
        this.fields = fields;
        this.tasks = tasks;
        InvalidationListener refilter = o -> {
            pinned.clear();
            refresh();
        };
        search.addListener(refilter);
        tag.addListener(refilter);
        split.addListener(refilter);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** A tag, or {@link #ALL}. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** {@code dev}, {@code heldout} or {@link #ALL}. */
    public StringProperty splitProperty() {
        return split;
    }

    /** {@link #ALL} and every tag the rows have, sorted. */
    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    /** "12 of 40 shown" while a filter hides rows, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The rows shown, in table order. */
    public FilteredList<Row<T>> shown() {
        return shown;
    }

    public boolean isActive() {
        return criteria().active();
    }

    /** Runs on the FX thread each time a filter result has been applied (for benchmarks and tests). */
    public void setOnFiltered(Runnable onFiltered) {
        this.onFiltered = onFiltered;
    }

    // Commands

    /** Clears the search, tag and split. */
    public void clear() {
        search.set("");
        tag.set(ALL);
        split.set(ALL);
    }

    /** Filters the current rows again after an edit; the rows it touched stay shown until the filter changes. */
    void refresh(Collection<Row<T>> touched) {
        pinned.addAll(touched);
        refresh();
    }

    /** Filters rows that replaced all the earlier ones (a reload): nothing stays shown for an earlier edit. */
    void reset() {
        pinned.clear();
        refresh();
    }

    /** Filters the current rows again, after the rows or their values changed. */
    void refresh() {
        long token = ++generation;
        List<Row<T>> snapshot = List.copyOf(rows);
        // Values are read here, on the FX thread, because rows are edited there.
        List<T> values = new ArrayList<>(snapshot.size());
        snapshot.forEach(r -> values.add(r.getValue()));
        RowCriteria criteria = criteria();
        Set<Row<T>> keep = Placements.identitySet(pinned);
        tasks.run(() -> match(snapshot, values, criteria, keep), result -> {
            if (token == generation) {
                apply(result, criteria.active());
            }
        }, error -> status.set("Could not filter the rows: " + error.getMessage()));
    }

    private RowCriteria criteria() {
        String chosenTag = tag.get() == null || ALL.equals(tag.get()) ? null : tag.get();
        Split chosenSplit = split.get() == null || ALL.equals(split.get()) ? null : Split.fromKey(split.get()).orElse(null);
        return new RowCriteria(search.get(), chosenTag, chosenSplit);
    }

    /** The matching rows and every tag; plain work for a background thread. */
    private Matched<T> match(List<Row<T>> snapshot, List<T> values, RowCriteria criteria, Set<Row<T>> keep) {
        Set<String> tags = new TreeSet<>();
        List<Row<T>> matching = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            T value = values.get(i);
            tags.addAll(fields.tags(value));
            if (criteria.active() && (keep.contains(snapshot.get(i)) || criteria.matches(fields, value))) {
                matching.add(snapshot.get(i));
            }
        }
        return new Matched<>(Placements.identitySet(snapshot), Placements.identitySet(matching), List.copyOf(tags));
    }

    private record Matched<T>(Set<Row<T>> covered, Set<Row<T>> matching, List<String> tags) {

        Predicate<Row<T>> predicate() {
            return row -> !covered.contains(row) || matching.contains(row);
        }
    }

    private void apply(Matched<T> result, boolean active) {
        updateTagChoices(result.tags());
        shown.setPredicate(active ? result.predicate() : null);
        status.set(active ? shown.size() + " of " + rows.size() + " shown" : "");
        onFiltered.run();
    }

    /** Keeps the chosen tag among the choices even when no row has it any more, so the filter stays visible. */
    private void updateTagChoices(List<String> tags) {
        String chosen = tag.get();
        List<String> choices = new ArrayList<>();
        choices.add(ALL);
        choices.addAll(tags);
        if (chosen != null && !choices.contains(chosen)) {
            choices.add(chosen);
        }
        if (!choices.equals(tagChoices)) {
            tagChoices.setAll(choices);
            if (chosen != null && !chosen.equals(tag.get())) {
                tag.set(chosen);
            }
        }
    }
}
