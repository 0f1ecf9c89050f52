package dev.promptsmith.ui.results;

import dev.promptsmith.compare.grid.ComparisonCell;
import dev.promptsmith.compare.grid.ComparisonRow;
import dev.promptsmith.ui.common.ValueText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One test case in the results table: its id, a short input preview, and a cell per column. A row
 * of a finished run also holds its plain {@link ComparisonRow}, which filters, sorts and the
 * detail pane read.
 */
public final class ResultRow {

    private static final int PREVIEW = 160;

    private final String testId;
    private final String input;
    private final String expected;
    private final Map<String, ObjectProperty<CellView>> cells = new LinkedHashMap<>();
    private final ComparisonRow comparison;

    public ResultRow(String testId, String input, String expected, Iterable<String> columnIds) {
        this(testId, input, expected, columnIds, null);
    }

    private ResultRow(String testId, String input, String expected, Iterable<String> columnIds, ComparisonRow comparison) {
        this.testId = testId;
        this.input = input;
        this.expected = expected;
        this.comparison = comparison;
        for (String columnId : columnIds) {
            cells.put(columnId, new SimpleObjectProperty<>(this, columnId, CellView.PENDING));
        }
    }

    /** The row of a finished run, each cell showing its first repeat's output and the verdict over all repeats. */
    static ResultRow of(ComparisonRow row, Iterable<String> columnIds) {
        String input = row.test() == null ? "" : row.test().vars().entrySet().stream()
                .map(e -> e.getKey() + ": " + ValueText.of(e.getValue())).collect(Collectors.joining(" · "));
        String expected = row.test() == null ? "" : ValueText.of(row.test().expected());
        ResultRow result = new ResultRow(row.testId(), preview(input), preview(expected), columnIds, row);
        for (String columnId : columnIds) {
            ComparisonCell cell = row.cell(columnId).orElse(null);
            result.cell(columnId).set(cell == null ? CellView.NOT_RUN : CellViews.of(cell));
        }
        return result;
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

    /** The plain row of a finished run, or null for a row of a run still going. */
    public ComparisonRow comparison() {
        return comparison;
    }

    /** The cell of {@code columnId}; throws for a column that is not part of this run. */
    public ObjectProperty<CellView> cell(String columnId) {
        ObjectProperty<CellView> cell = cells.get(columnId);
        if (cell == null) {
            throw new IllegalArgumentException("No column " + columnId);
        }
        return cell;
    }

    static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > PREVIEW ? oneLine.substring(0, PREVIEW - 3) + "…" : oneLine;
    }
}
