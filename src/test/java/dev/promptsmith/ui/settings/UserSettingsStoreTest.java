package dev.promptsmith.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() throws Exception {
        UserSettingsStore store = new UserSettingsStore(dir);
        UserSettings settings = new UserSettings();
        settings.theme = "dark";
        settings.windowWidth = 1000;
        settings.horizontalDividers = new double[] {0.2, 0.7};
        settings.remember("/a");
        settings.remember("/b");
        store.save(settings);

        UserSettings loaded = store.load();
        assertThat(loaded.theme).isEqualTo("dark");
        assertThat(loaded.windowWidth).isEqualTo(1000);
        assertThat(loaded.horizontalDividers).containsExactly(0.2, 0.7);
        assertThat(loaded.recentProjects).containsExactly("/b", "/a");
    }

    @Test
    void settingsFileIsReadableByTheOwnerOnly() throws Exception {
        UserSettingsStore store = new UserSettingsStore(dir);
        store.save(new UserSettings());
        assertThat(Files.getPosixFilePermissions(store.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void brokenFileGivesDefaults() throws Exception {
        Files.writeString(dir.resolve("ui.properties"), "window.width=wide\ndividers.horizontal=a,b\nbad\\u00zz");
        UserSettings loaded = new UserSettingsStore(dir).load();
        assertThat(loaded.theme).isEqualTo("light");
        assertThat(loaded.windowWidth).isEqualTo(new UserSettings().windowWidth);
    }

    @Test
    void recentListIsCappedAndDeduplicated() {
        UserSettings settings = new UserSettings();
        for (int i = 0; i < 15; i++) {
            settings.remember("/p" + i);
        }
        settings.remember("/p10");
        assertThat(settings.recentProjects).hasSize(UserSettings.MAX_RECENT).startsWith("/p10", "/p14");
        assertThat(settings.lastProject()).isEqualTo("/p10");
    }
}
