package dev.promptsmith;

import dev.promptsmith.ui.PromptsmithApp;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point. A plain class rather than the {@link Application} itself so the app starts from the
 * class path without the JavaFX launcher's module checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try {
            AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Application.launch(PromptsmithApp.class, args);
    }
}
