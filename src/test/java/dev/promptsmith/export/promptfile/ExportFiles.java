package dev.promptsmith.export.promptfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an export's files into a folder, as a user saving them would. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** The path of the main file. */
    static Path write(ExportResult result, Path dir) {
        try {
            for (var file : result.files().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir.resolve(result.mainFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
