package dev.promptsmith.project;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a save: the snapshot for the next save, and the files written and deleted (absolute paths).
 */
public record SaveResult(ProjectSnapshot snapshot, List<Path> written, List<Path> deleted) {

    public SaveResult {
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
    }
}
