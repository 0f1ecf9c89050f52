package dev.promptsmith.ui.examples;

import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Hosts one example-manager view in its own stage, with a real background thread as the app has, and a scripted file picker. */
final class TableFixture implements FilePicker {

    final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "examples-test-background");
        thread.setDaemon(true);
        return thread;
    });
    final BackgroundTasks tasks = new BackgroundTasks(background, Platform::runLater);
    /** The file the next open or save dialog answers with. */
    Path nextFile;
    final List<String> pickerTitles = new ArrayList<>();

    void show(Stage stage, Parent view) {
        Scene scene = new Scene(view, 1280, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public Optional<Path> open(Window owner, String title, List<String> extensions) {
        pickerTitles.add(title);
        return Optional.ofNullable(nextFile);
    }

    @Override
    public Optional<Path> save(Window owner, String title, String fileName, List<String> extensions) {
        pickerTitles.add(title);
        return Optional.ofNullable(nextFile);
    }

    void close() {
        background.shutdownNow();
    }

    /** Waits, at most a few seconds, until {@code condition} holds on the FX thread. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /** Runs {@code read} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
