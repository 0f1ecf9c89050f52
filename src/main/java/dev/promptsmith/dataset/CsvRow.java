package dev.promptsmith.dataset;

import java.util.List;

/**
 * One data row of a CSV file.
 *
 * @param line the 1-based file line the row starts on (a quoted cell may carry it over several lines)
 */
public record CsvRow(int line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell of a column; a row shorter than the header (as spreadsheets write them) has empty cells there. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
