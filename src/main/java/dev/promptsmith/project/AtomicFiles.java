package dev.promptsmith.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes files so that readers see the old or the new content, never half of it: the bytes go to a
 * temporary file in the same folder, which then replaces the target in one move.
 */
final class AtomicFiles {

    void write(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            // Not createTempFile: its owner-only permissions would replace the file's own.
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp, e);
            throw new UncheckedIOException("cannot write " + target + ": " + e, e);
        }
    }

    /** @return whether the file existed */
    boolean delete(Path target) {
        try {
            return Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + target + ": " + e, e);
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }

    private static void deleteQuietly(Path tmp, IOException cause) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }
}
