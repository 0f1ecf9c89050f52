package dev.promptsmith.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@code settings.json} in the user's config folder, owner-only where the file
 * system allows it, because the same folder will hold API keys.
 */
public final class UserSettingsStore {

    private static final Logger LOG = Logger.getLogger(UserSettingsStore.class.getName());

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public UserSettingsStore(Path directory) {
        this.file = directory.resolve("settings.json");
    }

    /** The folder from {@code -Dpromptsmith.settingsDir}, else {@code $XDG_CONFIG_HOME/promptsmith}, else {@code ~/.config/promptsmith}. */
    public static Path defaultDirectory() {
        String override = System.getProperty("promptsmith.settingsDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("promptsmith");
    }

    public Path file() {
        return file;
    }

    /** Never fails: a missing or unreadable file gives defaults, and the reason goes to the log. */
    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return new UserSettings();
        }
        try {
            return mapper.readValue(file.toFile(), UserSettings.class);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings " + file + ": " + e.getMessage());
            return new UserSettings();
        }
    }

    /** Atomic: a crash mid-save leaves the previous settings intact. */
    public void save(UserSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".settings", ".tmp");
        try {
            restrictToOwner(temp);
            mapper.writeValue(temp.toFile(), settings);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile folder is already private.
        }
    }
}
