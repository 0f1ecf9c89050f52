package dev.promptsmith.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a PNG of a scene, for README screenshots and scripted checks of the UI. */
final class ScreenshotWriter {

    private ScreenshotWriter() {
    }

    /** Must run on the FX thread. */
    static void write(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
