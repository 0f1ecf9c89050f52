package dev.promptsmith.ui.examples;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many rows have each id, counted once after each change: the form checks that an id is unique on
 * every keystroke, which would otherwise scan 10,000 rows each time.
 */
final class IdIndex<T> {

    private final List<Row<T>> rows;
    private final RecordFields<T> fields;
    private Map<String, Integer> counts;

    IdIndex(List<Row<T>> rows, RecordFields<T> fields) {
        this.rows = rows;
        this.fields = fields;
    }

    /** The rows or their values changed (or are about to). */
    void invalidate() {
        counts = null;
    }

    /** Whether a row other than {@code except} has {@code id}. */
    boolean takenByOther(String id, Row<T> except) {
        boolean own = except != null && fields.id(except.getValue()).equals(id);
        return counts().getOrDefault(id, 0) - (own ? 1 : 0) > 0;
    }

    private Map<String, Integer> counts() {
        if (counts == null) {
            counts = new HashMap<>(rows.size() * 2);
            rows.forEach(r -> counts.merge(fields.id(r.getValue()), 1, Integer::sum));
        }
        return counts;
    }
}
