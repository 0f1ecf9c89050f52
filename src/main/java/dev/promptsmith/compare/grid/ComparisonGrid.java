package dev.promptsmith.compare.grid;

import java.util.List;

/**
 * The comparison grid as plain data: its columns (prompt variant × model ids, in display order)
 * and its rows. Filtering and sorting make new grids from the rows; the columns stay.
 */
public record ComparisonGrid(List<String> columns, List<ComparisonRow> rows) {

    public ComparisonGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public ComparisonGrid withRows(List<ComparisonRow> newRows) {
        return new ComparisonGrid(columns, newRows);
    }
}
