package dev.promptsmith.project;

import dev.promptsmith.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the files of one project folder, remembering every file's bytes and the ones that are read-only. */
final class FolderReader {

    private final Path dir;
    private final List<Problem> problems;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Set<String> readOnly = new HashSet<>();

    FolderReader(Path dir, List<Problem> problems) {
        this.dir = dir;
        this.problems = problems;
    }

    /** The decoded file, or empty when it does not exist or cannot be read (then it is read-only). */
    Optional<SourceText> read(String relativePath) {
        Path file = dir.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            files.put(relativePath, bytes);
            return Optional.of(SourceText.decode(bytes));
        } catch (IOException e) {
            problems.add(Problem.error(relativePath, 0, 0, "cannot read the file (" + e.getMessage()
                    + "); it is left untouched by saves"));
            readOnly.add(relativePath);
            return Optional.empty();
        }
    }

    void markReadOnly(String relativePath) {
        readOnly.add(relativePath);
    }

    /** Project-relative paths of the files in a folder whose names end with the suffix, sorted by name. */
    List<String> list(String folder, String suffix) {
        Path path = dir.resolve(folder);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(path)) {
            return out;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path, "*" + suffix)) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    out.add(folder + "/" + file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    Map<String, byte[]> files() {
        return files;
    }

    Set<String> readOnly() {
        return readOnly;
    }
}
