package dev.promptsmith.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@code ui.properties} in the user's config folder, owner-only where the file
 * system allows it. A properties file rather than JSON because it is read before the first frame,
 * and {@link Properties} costs nothing to load where a JSON library costs a few hundred classes.
 */
public final class UserSettingsStore {

    private static final Logger LOG = Logger.getLogger(UserSettingsStore.class.getName());

    private final Path file;

    public UserSettingsStore(Path directory) {
        this.file = directory.resolve("ui.properties");
    }

    /** The folder from {@code -Dpromptsmith.settingsDir}, else {@code $XDG_CONFIG_HOME/promptsmith}, else {@code ~/.config/promptsmith}. */
    public static Path defaultDirectory() {
        return dev.promptsmith.provider.config.ConfigFolder.path();
    }

    public Path file() {
        return file;
    }

    /** Never fails: a missing or unreadable file, or a bad value, gives defaults, and the reason goes to the log. */
    public UserSettings load() {
        UserSettings settings = new UserSettings();
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings " + file + ": " + e.getMessage());
            return settings;
        }
        settings.theme = p.getProperty("theme", settings.theme);
        settings.windowX = number(p, "window.x", settings.windowX);
        settings.windowY = number(p, "window.y", settings.windowY);
        settings.windowWidth = number(p, "window.width", settings.windowWidth);
        settings.windowHeight = number(p, "window.height", settings.windowHeight);
        settings.maximized = Boolean.parseBoolean(p.getProperty("window.maximized", "false"));
        settings.horizontalDividers = dividers(p.getProperty("dividers.horizontal"), settings.horizontalDividers);
        settings.verticalDivider = number(p, "divider.vertical", settings.verticalDivider);
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < UserSettings.MAX_RECENT; i++) {
            String path = p.getProperty("recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(path);
            }
        }
        settings.recentProjects = recent;
        return settings;
    }

    /** Atomic: a crash mid-save leaves the previous settings intact. */
    public void save(UserSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", settings.theme);
        p.setProperty("window.x", Double.toString(settings.windowX));
        p.setProperty("window.y", Double.toString(settings.windowY));
        p.setProperty("window.width", Double.toString(settings.windowWidth));
        p.setProperty("window.height", Double.toString(settings.windowHeight));
        p.setProperty("window.maximized", Boolean.toString(settings.maximized));
        StringBuilder dividers = new StringBuilder();
        for (double d : settings.horizontalDividers) {
            dividers.append(dividers.length() == 0 ? "" : ",").append(d);
        }
        p.setProperty("dividers.horizontal", dividers.toString());
        p.setProperty("divider.vertical", Double.toString(settings.verticalDivider));
        for (int i = 0; i < settings.recentProjects.size(); i++) {
            p.setProperty("recent." + i, settings.recentProjects.get(i));
        }
        StringWriter text = new StringWriter();
        p.store(text, "Promptsmith window and UI state");
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".ui", ".tmp");
        try {
            restrictToOwner(temp);
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            return Double.parseDouble(p.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double[] dividers(String text, double[] fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            String[] parts = text.split(",");
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = Double.parseDouble(parts[i].trim());
            }
            return values.length == fallback.length ? values : fallback;
        } catch (NumberFormatException e) {
            return fallback;
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
