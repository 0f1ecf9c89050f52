package dev.promptsmith.ui.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/** Helpers for the editor's TestFX tests: FX-thread reads and bounded waits. */
final class FxTesting {

    /** A real background thread, as in the app, so tests exercise the hand-over to the FX thread. */
    static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "editor-test-background");
        thread.setDaemon(true);
        return thread;
    });

    private FxTesting() {
    }

    /** Runs {@code read} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, at most a few seconds, until {@code condition} (evaluated on the FX thread) holds. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }

    /** Waits until the character at {@code position} carries {@code styleClass}. */
    static void waitForStyle(TemplateCodeArea area, int position, String styleClass) {
        waitUntil(() -> area.getLength() > position && area.getStyleOfChar(position).contains(styleClass));
    }
}
