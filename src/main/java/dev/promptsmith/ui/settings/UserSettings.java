package dev.promptsmith.ui.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * UI state kept apart from project files: theme, window bounds, split positions, recent projects.
 * A plain mutable bean: only the FX thread touches it, and saves get a {@link #copy()}.
 */
public final class UserSettings {

    public static final int MAX_RECENT = 10;

    public String theme = "light";
    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = 1440;
    public double windowHeight = 900;
    public boolean maximized;
    /** Divider positions: [explorer|editor, editor|inspector] in the top split. */
    public double[] horizontalDividers = {0.15, 0.74};
    /** Divider position between the workspace and the results panel. */
    public double verticalDivider = 0.62;
    public List<String> recentProjects = new ArrayList<>();

    /** Moves {@code path} to the front of the recent list, keeping at most {@link #MAX_RECENT}. */
    public void remember(String path) {
        recentProjects.remove(path);
        recentProjects.add(0, path);
        while (recentProjects.size() > MAX_RECENT) {
            recentProjects.remove(recentProjects.size() - 1);
        }
    }

    /** A deep copy, so a background save never sees the FX thread's later changes half-made. */
    public UserSettings copy() {
        UserSettings copy = new UserSettings();
        copy.theme = theme;
        copy.windowX = windowX;
        copy.windowY = windowY;
        copy.windowWidth = windowWidth;
        copy.windowHeight = windowHeight;
        copy.maximized = maximized;
        copy.horizontalDividers = horizontalDividers.clone();
        copy.verticalDivider = verticalDivider;
        copy.recentProjects = new ArrayList<>(recentProjects);
        return copy;
    }

    public String lastProject() {
        return recentProjects.isEmpty() ? null : recentProjects.get(0);
    }
}
