package dev.promptsmith.compare.grid;

import java.nio.file.Path;

/**
 * What an export of the grid did: rows and calls written, or why nothing was.
 *
 * @param problem null when the file was written; else a sentence for the user
 */
public record GridExportResult(Path file, int rows, int calls, String problem) {

    static GridExportResult written(Path file, int rows, int calls) {
        return new GridExportResult(file, rows, calls, null);
    }

    static GridExportResult refused(Path file, String problem) {
        return new GridExportResult(file, 0, 0, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
