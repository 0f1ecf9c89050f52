package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compares exported files with the expected ones under src/test/resources. Run with
 * {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
final class Golden {

    static final Path ROOT = Path.of("src/test/resources/dev/promptsmith/export/promptfile/golden");

    private Golden() {
    }

    static void assertMatches(String folder, Map<String, String> files) {
        Path dir = ROOT.resolve(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path expected = dir.resolve(file.getKey());
            try {
                if (Boolean.getBoolean("golden.update")) {
                    Files.createDirectories(expected.getParent());
                    Files.writeString(expected, file.getValue(), StandardCharsets.UTF_8);
                }
                assertThat(expected).as("golden file " + expected).exists();
                assertThat(file.getValue()).as("export of " + folder + "/" + file.getKey())
                        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
