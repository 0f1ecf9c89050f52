package dev.promptsmith.compare.grid;

import dev.promptsmith.model.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Filters of the comparison grid's rows, as predicates that compose with {@link Predicate#and}
 * and {@link Predicate#or}: {@code failuresOnly().and(tag("refund")).and(search("invoice"))}.
 */
public final class RowFilter {

    private RowFilter() {
    }

    /** Every row. */
    public static Predicate<ComparisonRow> all() {
        return row -> true;
    }

    /** Rows where some column failed its assertions (by majority over repeats) or some call errored. */
    public static Predicate<ComparisonRow> failuresOnly() {
        return row -> {
            for (ComparisonCell cell : row.cells().values()) {
                if (!cell.passed() || cell.errored()) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Rows whose shown outputs are not all the same across the columns that have one, comparing
     * with whitespace normalised (trimmed, runs collapsed); a row with fewer than two cells never differs.
     */
    public static Predicate<ComparisonRow> outputsDiffer() {
        return row -> {
            String first = null;
            for (ComparisonCell cell : row.cells().values()) {
                if (first == null) {
                    first = cell.output();
                } else if (!TextMatch.sameIgnoringSpacing(first, cell.output())) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Rows whose test case carries {@code tag}. */
    public static Predicate<ComparisonRow> tag(String tag) {
        return row -> row.tags().contains(tag);
    }

    /** Rows whose test case belongs to {@code split}; a test the project no longer has belongs to none. */
    public static Predicate<ComparisonRow> split(Split split) {
        return row -> row.test() != null && row.test().split() == split;
    }

    /**
     * Rows containing {@code query}, ignoring case, in the test id, a variable's value, the expected
     * value or any repeat's output in any column. A blank query keeps every row.
     */
    public static Predicate<ComparisonRow> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all();
        }
        return row -> row.searchText().contains(q);
    }

    /** The rows that pass {@code filter}, in their order. */
    public static List<ComparisonRow> apply(List<ComparisonRow> rows, Predicate<ComparisonRow> filter) {
        List<ComparisonRow> kept = new ArrayList<>();
        for (ComparisonRow row : rows) {
            if (filter.test(row)) {
                kept.add(row);
            }
        }
        return kept;
    }
}
