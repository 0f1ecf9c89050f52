package dev.promptsmith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the caller offers when a database is damaged: moving it aside, never deleting it. */
public final class DatabaseFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** SQLite keeps recent commits in {@code -wal} and its index in {@code -shm}; they belong with the file. */
    private static final String[] COMPANIONS = {"-wal", "-shm"};

    private DatabaseFiles() {
    }

    /**
     * Renames {@code file} (and its WAL companions) to {@code <name>.broken-<UTC time>} beside it, so a
     * fresh database can be created while the old one stays for inspection or recovery.
     *
     * @return the new path of the main file
     */
    public static Path moveAside(Path file, Clock clock) throws IOException {
        String suffix = ".broken-" + STAMP.format(clock.instant());
        Path target = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + suffix + "-" + n);
        }
        String targetName = target.getFileName().toString();
        for (String companion : COMPANIONS) {
            Path source = file.resolveSibling(file.getFileName() + companion);
            if (Files.exists(source)) {
                Files.move(source, target.resolveSibling(targetName + companion));
            }
        }
        return Files.move(file, target);
    }
}
