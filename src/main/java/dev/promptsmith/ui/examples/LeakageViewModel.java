package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.LeakageCheck;
import dev.promptsmith.dataset.LeakagePair;
import dev.promptsmith.dataset.Progress;
import dev.promptsmith.eval.assertion.Embedder;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.common.FxCoalescer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Check leakage": few-shot examples whose input equals or nearly equals a test case's, found in the
 * background with the offline embedder (made on first need), with progress and cancel.
 */
public final class LeakageViewModel {

    // Properties
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", LeakageCheck.DEFAULT_THRESHOLD);
    private final BooleanProperty useEmbeddings = new SimpleBooleanProperty(this, "useEmbeddings", true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ObservableList<LeakagePair> pairs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final List<Example> examples;
    private final List<TestCase> tests;
    private final Supplier<Embedder> embedder;
    private final BackgroundTasks tasks;
    private volatile boolean cancelled;

    LeakageViewModel(List<Example> examples, List<TestCase> tests, Supplier<Embedder> embedder, BackgroundTasks tasks) {
        this.examples = List.copyOf(examples);
        this.tests = List.copyOf(tests);
        this.embedder = embedder;
        this.tasks = tasks;
    }

    /** Similarity from which two inputs count as near-duplicates. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** When false, only exact duplicates are looked for (no embedding model). */
    public BooleanProperty useEmbeddingsProperty() {
        return useEmbeddings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while texts are embedded. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The pairs found, most similar first. */
    public ObservableList<LeakagePair> pairs() {
        return pairs;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    // Commands

    public void run() {
        if (running.get()) {
            return;
        }
        cancelled = false;
        running.set(true);
        progress.set(0);
        pairs.clear();
        boolean embed = useEmbeddings.get();
        double limit = threshold.get();
        status.set(embed ? "Embedding the inputs of " + examples.size() + " examples and " + tests.size()
                + " test cases…" : "Comparing the inputs…");
        FxCoalescer<double[]> updates = new FxCoalescer<>(tasks.fxThread(), batch -> {
            if (running.get()) {
                progress.set(batch.get(batch.size() - 1)[0]);
            }
        });
        Progress reporting = (done, total) -> {
            // LeakageCheck stops on an interrupt; the shared background thread must not be interrupted, so stop from here.
            if (cancelled) {
                throw new CancellationException("cancelled");
            }
            updates.offer(new double[] {total == 0 ? 1 : (double) done / total});
        };
        tasks.run(() -> new LeakageCheck(embed ? embedder.get() : null, limit).check(examples, tests, reporting),
                this::show, this::failed);
    }

    public void cancel() {
        cancelled = true;
    }

    private void show(List<LeakagePair> found) {
        running.set(false);
        progress.set(1);
        pairs.setAll(found);
        status.set(found.isEmpty() ? "No example repeats a test case."
                : found.size() + (found.size() == 1 ? " leaking pair" : " leaking pairs")
                + ": remove or change these examples, or the scores on those test cases overstate the prompt.");
    }

    private void failed(Throwable error) {
        running.set(false);
        status.set(error instanceof CancellationException ? "Cancelled."
                : "Could not check: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
    }
}
