package dev.promptsmith.ui.results;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One test case in the results table: its id, a short input preview, and a cell per model column. */
public final class ResultRow {

    private final String testId;
    private final String input;
    private final String expected;
    private final Map<String, ObjectProperty<CellView>> cells = new LinkedHashMap<>();

    public ResultRow(String testId, String input, String expected, Iterable<String> modelIds) {
        this.testId = testId;
        this.input = input;
        this.expected = expected;
        for (String modelId : modelIds) {
            cells.put(modelId, new SimpleObjectProperty<>(this, modelId, CellView.PENDING));
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

    /** The cell of {@code modelId}; throws for a model that is not a column of this run. */
    public ObjectProperty<CellView> cell(String modelId) {
        ObjectProperty<CellView> cell = cells.get(modelId);
        if (cell == null) {
            throw new IllegalArgumentException("No column for model " + modelId);
        }
        return cell;
    }
}
