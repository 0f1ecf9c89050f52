package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Split;
import java.util.Locale;

/**
 * What a table is filtered by: a search text (lower case, blank for none), a tag and a split (null for
 * any). Immutable, so the filter hands it to a background thread.
 */
record RowCriteria(String needle, String tag, Split split) {

    RowCriteria {
        needle = needle == null ? "" : needle.strip().toLowerCase(Locale.ROOT);
    }

    boolean active() {
        return !needle.isEmpty() || tag != null || split != null;
    }

    <T> boolean matches(RecordFields<T> fields, T value) {
        if (tag != null && !fields.tags(value).contains(tag)) {
            return false;
        }
        if (split != null && fields.split(value) != split) {
            return false;
        }
        return needle.isEmpty() || RecordText.searchable(fields, value).contains(needle);
    }
}
