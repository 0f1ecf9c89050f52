package dev.promptsmith.ui.examples;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FilePicker} with JavaFX's file chooser; one filter for every extension, then one per extension. */
public final class SystemFilePicker implements FilePicker {

    private File lastFolder;

    @Override
    public Optional<Path> open(Window owner, String title, List<String> extensions) {
        return remember(chooser(title, extensions).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(Window owner, String title, String fileName, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        chooser.setInitialFileName(fileName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All supported", patterns));
        extensions.forEach(e -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(e.toUpperCase(Locale.ROOT), "*." + e)));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
