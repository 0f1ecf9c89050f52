package dev.promptsmith.provider.config;

import java.nio.file.Path;

/** The user's Promptsmith config folder, shared by the app and the command line. */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    /** {@code -Dpromptsmith.settingsDir}, else {@code $XDG_CONFIG_HOME/promptsmith}, else {@code ~/.config/promptsmith}. */
    public static Path path() {
        String override = System.getProperty("promptsmith.settingsDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("promptsmith");
    }
}
