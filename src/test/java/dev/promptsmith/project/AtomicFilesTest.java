package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private final AtomicFiles files = new AtomicFiles();

    @Test
    void writesANewFileAndItsFolders() throws IOException {
        Path target = dir.resolve("a/b/c.txt");

        files.write(target, "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("hello");
        assertThat(listAll()).containsExactly(target);
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
        assumeThat(Files.getFileAttributeView(dir, PosixFileAttributeView.class)).isNotNull();
        Path target = dir.resolve("f.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        files.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        assertThat(listAll()).containsExactly(target);
    }

    @Test
    void aFailureNamesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(dir.resolve("blocker"), "not a folder");
        Path target = dir.resolve("blocker/f.txt");

        assertThatThrownBy(() -> files.write(target, new byte[] {1}))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(target.toString());
        assertThat(listAll()).containsExactly(dir.resolve("blocker"));
    }

    @Test
    void deleteReportsWhetherTheFileExisted() throws IOException {
        Path target = dir.resolve("f.txt");
        Files.writeString(target, "x");

        assertThat(files.delete(target)).isTrue();
        assertThat(files.delete(target)).isFalse();
    }

    private java.util.List<Path> listAll() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
