package dev.promptsmith.dataset;

import dev.promptsmith.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file read as a header and rows, each row with the line it starts on.
 *
 * @param headerLine the 1-based line of the header; 0 when the file has none
 * @param stoppedAt an error that ended the reading early (an unclosed quote…): the rows before it are kept,
 *                  its line is the first row not read; null when the whole file was read
 */
public record CsvTable(String file, int headerLine, List<String> header, List<CsvRow> rows, Problem stoppedAt) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Reads CSV text (RFC 4180 quoting; blank lines skipped). The separator is the one of comma, semicolon
     * or tab that is most frequent in the first line, as spreadsheets in some locales write semicolons.
     */
    public static CsvTable read(String file, String text) {
        return new CsvTableReader().read(file, text);
    }

    public boolean hasHeader() {
        return headerLine > 0;
    }

    public Optional<Problem> error() {
        return Optional.ofNullable(stoppedAt);
    }
}
