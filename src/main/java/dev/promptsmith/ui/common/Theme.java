package dev.promptsmith.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;

/** The light and dark themes: an AtlantaFX base plus our named colours from {@code themes/}. */
public enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    private static final List<String> FEATURE_SHEETS = List.of(
            "/dev/promptsmith/ui/app.css",
            "/dev/promptsmith/ui/editor/editor.css");

    private final String key;
    private final String label;

    Theme(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Theme fromKey(String key) {
        for (Theme t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return LIGHT;
    }

    /** Applies this theme to the application and to {@code scene}. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().clear();
        resource("/themes/" + key + ".css").ifPresent(scene.getStylesheets()::add);
        FEATURE_SHEETS.forEach(sheet -> resource(sheet).ifPresent(scene.getStylesheets()::add));
    }

    private static Optional<String> resource(String path) {
        var url = Theme.class.getResource(path);
        return Optional.ofNullable(url).map(Object::toString);
    }
}
