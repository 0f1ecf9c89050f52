package dev.promptsmith.ui.results;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One test case in the results table: its id, a short input preview, and a cell per column. */
public final class ResultRow {

    private final String testId;
    private final String input;
    private final String expected;
    private final Map<String, ObjectProperty<CellView>> cells = new LinkedHashMap<>();

    public ResultRow(String testId, String input, String expected, Iterable<String> columnIds) {
        this.testId = testId;
        this.input = input;
        this.expected = expected;
        for (String columnId : columnIds) {
            cells.put(columnId, new SimpleObjectProperty<>(this, columnId, CellView.PENDING));
        }
    }

    public String testId() {
        return testId;
    }

    public String input() {
        return input;
    }

    public String expected() {
        return expected;
    }

    /** The cell of {@code columnId}; throws for a column that is not part of this run. */
    public ObjectProperty<CellView> cell(String columnId) {
        ObjectProperty<CellView> cell = cells.get(columnId);
        if (cell == null) {
            throw new IllegalArgumentException("No column " + columnId);
        }
        return cell;
    }
}
