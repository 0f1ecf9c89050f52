package dev.promptsmith.compare.grid;

import dev.promptsmith.model.TestCase;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the comparison grid: a test case and its cell in each column that has run it.
 * Immutable; a class rather than a record only to keep its lower-cased search text, built on the
 * first search, so each keystroke of a search over 10,000 rows scans prepared text.
 */
public final class ComparisonRow {

    private static final char SEPARATOR = '\0';

    private final String testId;
    private final TestCase test;
    private final Map<String, ComparisonCell> cells;
    private volatile String searchText;

    /**
     * @param test  the test case, or null when the project no longer has one with this id (an old run)
     * @param cells column id → cell, in column order; a column that has not run this test has none
     */
    public ComparisonRow(String testId, TestCase test, Map<String, ComparisonCell> cells) {
        this.testId = Objects.requireNonNull(testId, "testId");
        this.test = test;
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public String testId() {
        return testId;
    }

    /** The test case, or null when the project no longer has one with this id. */
    public TestCase test() {
        return test;
    }

    /** Column id → cell, in column order. */
    public Map<String, ComparisonCell> cells() {
        return cells;
    }

    public Optional<ComparisonCell> cell(String columnId) {
        return Optional.ofNullable(cells.get(columnId));
    }

    public List<String> tags() {
        return test == null ? List.of() : test.tags();
    }

    /**
     * The test id, variable values, expected value and every repeat's output, lower-cased, each
     * ended by NUL, a character no query contains, so no match spans two fields.
     */
    String searchText() {
        String text = searchText;
        if (text == null) {
            StringBuilder all = new StringBuilder(testId).append(SEPARATOR);
            if (test != null) {
                test.vars().values().forEach(v -> appendValue(all, v));
                appendValue(all, test.expected());
            }
            cells.values().forEach(cell -> cell.repeats().forEach(run -> all.append(run.output()).append(SEPARATOR)));
            text = all.toString().toLowerCase(Locale.ROOT);
            searchText = text;
        }
        return text;
    }

    /** Variables and expected outputs are JSON values: strings, numbers, lists and maps of them. */
    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                appendValue(out, k);
                appendValue(out, v);
            });
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> appendValue(out, item));
        } else if (value != null) {
            out.append(value).append(SEPARATOR);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComparisonRow other && testId.equals(other.testId) && Objects.equals(test, other.test)
                && cells.equals(other.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(testId, test, cells);
    }

    @Override
    public String toString() {
        return "ComparisonRow[" + testId + ", " + cells.keySet() + "]";
    }
}
