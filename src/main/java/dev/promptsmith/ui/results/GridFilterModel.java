package dev.promptsmith.ui.results;

import dev.promptsmith.compare.grid.ComparisonRow;
import dev.promptsmith.compare.grid.RowFilter;
import dev.promptsmith.compare.grid.RowSort;
import dev.promptsmith.model.Split;
import java.util.Comparator;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the comparison grid shows: failures only, rows whose outputs differ, a tag, a split, a
 * search text, and the order (by test, or by the score difference of two columns). Turns the
 * choices into a predicate and an order over plain rows, so filtering runs off the FX thread.
 */
public final class GridFilterModel {

    /** The orders the grid offers. */
    public enum Order { TEST, DIFFERENCE_DESCENDING, DIFFERENCE_ASCENDING }

    public static final String ALL = "All";

    // Properties
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty(this, "failuresOnly");
    private final BooleanProperty differentOnly = new SimpleBooleanProperty(this, "differentOnly");
    private final StringProperty tag = new SimpleStringProperty(this, "tag", ALL);
    private final StringProperty split = new SimpleStringProperty(this, "split", ALL);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.TEST);
    private final StringProperty columnA = new SimpleStringProperty(this, "columnA");
    private final StringProperty columnB = new SimpleStringProperty(this, "columnB");

    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    public BooleanProperty differentOnlyProperty() {
        return differentOnly;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty splitProperty() {
        return split;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Column A of a comparison: diffs and the score difference are B against A. */
    public StringProperty columnAProperty() {
        return columnA;
    }

    public StringProperty columnBProperty() {
        return columnB;
    }

    /** Every property, for one listener that refilters. */
    Observable[] dependencies() {
        return new Observable[] {failuresOnly, differentOnly, tag, split, search, order, columnA, columnB};
    }

    /** The rows to show; read on the FX thread, applied anywhere. */
    public Predicate<ComparisonRow> predicate() {
        Predicate<ComparisonRow> p = RowFilter.all();
        if (failuresOnly.get()) {
            p = p.and(RowFilter.failuresOnly());
        }
        if (differentOnly.get()) {
            p = p.and(RowFilter.outputsDiffer());
        }
        if (tag.get() != null && !ALL.equals(tag.get())) {
            p = p.and(RowFilter.tag(tag.get()));
        }
        Split chosen = split.get() == null || ALL.equals(split.get()) ? null : Split.fromKey(split.get()).orElse(null);
        if (chosen != null) {
            p = p.and(RowFilter.split(chosen));
        }
        String text = search.get() == null ? "" : search.get().strip();
        if (!text.isEmpty()) {
            p = p.and(RowFilter.search(text));
        }
        return p;
    }

    /** The order to show rows in; by test id unless two columns are chosen for a difference sort. */
    public Comparator<ComparisonRow> comparator() {
        String a = columnA.get();
        String b = columnB.get();
        if (order.get() == Order.TEST || a == null || b == null) {
            return RowSort.byTestId();
        }
        return RowSort.byScoreDifference(a, b, order.get() == Order.DIFFERENCE_DESCENDING);
    }

    /** Whether anything hides rows. */
    public boolean active() {
        return failuresOnly.get() || differentOnly.get() || !ALL.equals(tag.get()) || !ALL.equals(split.get())
                || !(search.get() == null || search.get().isBlank());
    }
}
