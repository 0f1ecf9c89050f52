package dev.promptsmith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void readsFolderScreenshotAndRun() {
        AppOptions options = AppOptions.parse(List.of("sample-projects/x", "--screenshot=docs/x.png", "--run"));
        assertThat(options.project()).isEqualTo(Path.of("sample-projects/x"));
        assertThat(options.screenshot()).isEqualTo(Path.of("docs/x.png"));
        assertThat(options.run()).isTrue();
    }

    @Test
    void noArgumentsMeansDefaults() {
        AppOptions options = AppOptions.parse(List.of());
        assertThat(options.project()).isNull();
        assertThat(options.screenshot()).isNull();
        assertThat(options.run()).isFalse();
    }

    @Test
    void blankArgumentsFromAnEmptyMavenPropertyAreIgnored() {
        assertThat(AppOptions.parse(List.of("")).project()).isNull();
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--screenshots=x.png")))
                .hasMessageContaining("Unknown option --screenshots=x.png");
    }

    @Test
    void runWithoutScreenshotIsRefused() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--run")))
                .hasMessageContaining("--run only works with --screenshot");
    }

    @Test
    void twoFoldersAreRefused() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("a", "b")))
                .hasMessageContaining("a and b");
    }
}
