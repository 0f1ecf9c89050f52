package dev.promptsmith.ui.shell;

import dev.promptsmith.model.ModelRef;
import java.util.Optional;
import java.util.Set;
import javafx.stage.Window;

/** Dialogs the shell opens that need services from the composition root (providers, keys). */
public interface ShellDialogs {

    /** Settings → Providers and API keys. */
    void providerSettings(Window owner);

    /** Asks for a model to add; empty when the user cancels. */
    Optional<ModelRef> addModel(Window owner, Set<String> usedIds);

    /** File → Export Prompt…: the project's prompt {@code activePrompt} (or its first) as code, a prompt file or data. */
    default void exportPrompt(Window owner, dev.promptsmith.model.Project project, String activePrompt) {
    }

    /** For tests and for a shell without providers: both dialogs do nothing. */
    ShellDialogs NONE = new ShellDialogs() {
        @Override
        public void providerSettings(Window owner) {
        }

        @Override
        public Optional<ModelRef> addModel(Window owner, Set<String> usedIds) {
            return Optional.empty();
        }
    };
}
