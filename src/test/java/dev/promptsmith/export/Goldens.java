package dev.promptsmith.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/dev/promptsmith/<pkg>/}. Run the tests with
 * {@code -Dpromptsmith.updateGoldens=true} to rewrite them after an intended change, then read the diff.
 */
public final class Goldens {

    private static final Path ROOT = Path.of("src", "test", "resources", "dev", "promptsmith");

    private Goldens() {
    }

    /** Asserts {@code actual} equals the golden file {@code relative} (e.g. {@code export/code/curl/x.sh}). */
    public static void assertMatches(String relative, String actual) {
        Path file = ROOT.resolve(relative);
        try {
            if (Boolean.getBoolean("promptsmith.updateGoldens")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (run with -Dpromptsmith.updateGoldens=true to create it)", file).exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
