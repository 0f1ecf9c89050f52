package dev.promptsmith.ui.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to read or write; tests answer with a file of their own. */
public interface FilePicker {

    /** @param extensions without dots: {@code csv}, {@code jsonl} */
    Optional<Path> open(Window owner, String title, List<String> extensions);

    Optional<Path> save(Window owner, String title, String fileName, List<String> extensions);

    /** The platform's file chooser, starting in the folder last used. */
    static FilePicker system() {
        return new SystemFilePicker();
    }
}
