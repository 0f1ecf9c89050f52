package dev.promptsmith.ui.results;

import dev.promptsmith.compare.history.PastRun;
import dev.promptsmith.compare.history.RunComparison;
import dev.promptsmith.compare.history.RunComparisonReport;
import dev.promptsmith.compare.history.RunHistory;
import dev.promptsmith.model.Project;
import dev.promptsmith.store.ResultsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's past runs with their summaries, and two of them compared case by case:
 * regressions first, then improvements, with the paired verdict in words. Reads the store in the
 * background.
 */
public final class RunHistoryViewModel {

    // Properties
    private final ObservableList<PastRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunComparisonReport> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    private final Executor background;
    private final Executor fxThread;
    private final Consumer<String> onMessage;

    public RunHistoryViewModel(Executor background, Executor fxThread, Consumer<String> onMessage) {
        this.background = background;
        this.fxThread = fxThread;
        this.onMessage = onMessage;
    }

    /** Newest first. */
    public ObservableList<PastRun> runs() {
        return runs;
    }

    /** The last comparison asked for, or null. */
    public ReadOnlyObjectProperty<RunComparisonReport> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    // Commands

    /** Reads the project's runs again. */
    public void refresh(Path projectDir, Project project) {
        if (projectDir == null || project == null) {
            runs.clear();
            return;
        }
        submit(() -> {
            List<PastRun> loaded;
            try (ResultsStore store = ResultsStore.open(projectDir)) {
                loaded = new RunHistory(store).list(project.tests());
            }
            fxThread.execute(() -> runs.setAll(loaded));
        }, "Could not read the runs");
    }

    /** Compares run B against run A, case by case. */
    public void compare(Path projectDir, long runA, long runB) {
        if (runA == runB) {
            onMessage.accept("Choose two different runs to compare");
            return;
        }
        submit(() -> {
            RunComparisonReport report;
            try (ResultsStore store = ResultsStore.open(projectDir)) {
                report = RunComparison.compare(store, runA, runB);
            }
            fxThread.execute(() -> comparison.set(report));
        }, "Could not compare runs " + runA + " and " + runB);
    }

    private void submit(Runnable work, String failure) {
        try {
            background.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    fxThread.execute(() -> onMessage.accept(failure + ": " + e.getMessage()));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The app is closing: nothing to show any more.
        }
    }
}
