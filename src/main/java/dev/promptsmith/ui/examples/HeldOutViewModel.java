package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.HeldOutSplitter;
import dev.promptsmith.dataset.SplitResult;
import dev.promptsmith.dataset.Stratification;
import dev.promptsmith.dataset.StratumSummary;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Create held-out split…": a fraction, a seed and a stratification (by label, or by a tag), the split
 * previewed per stratum in the background as the choices change, then applied as one undoable edit.
 */
public final class HeldOutViewModel {

    public static final String BY_LABEL = "label";

    // Properties
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", 0.2);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final StringProperty stratify = new SimpleStringProperty(this, "stratify", BY_LABEL);
    private final ObservableList<String> stratifyChoices = FXCollections.observableArrayList();
    private final ObservableList<StratumSummary> strata = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SplitResult> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");

    private final List<TestCase> tests;
    private final BackgroundTasks tasks;
    private final BiConsumer<SplitResult, String> apply;
    private final HeldOutSplitter splitter = new HeldOutSplitter();
    private long generation;

    /** @param apply applies a previewed split with a description of it */
    HeldOutViewModel(List<TestCase> tests, BackgroundTasks tasks, BiConsumer<SplitResult, String> apply) {
        this.tests = List.copyOf(tests);
        this.tasks = tasks;
        this.apply = apply;
        List<String> choices = new ArrayList<>(List.of(BY_LABEL));
        TreeSet<String> tags = new TreeSet<>();
        tests.forEach(t -> tags.addAll(t.tags()));
        tags.forEach(t -> choices.add("tag:" + t));
        stratifyChoices.setAll(choices);
        InvalidationListener update = o -> refresh();
        fraction.addListener(update);
        seed.addListener(update);
        stratify.addListener(update);
    }

    /** The share of each stratum to hold out, more than 0 and less than 1. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** {@code label} or {@code tag:NAME}, as the command line's {@code --by} writes it. */
    public StringProperty stratifyProperty() {
        return stratify;
    }

    public ObservableList<String> stratifyChoices() {
        return stratifyChoices;
    }

    /** How each stratum would be split. */
    public ObservableList<StratumSummary> strata() {
        return strata;
    }

    public ReadOnlyObjectProperty<SplitResult> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "40 test cases: 8 held out, 32 in dev; 12 change split", or what is wrong with the choices. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    // Commands

    /** Computes the preview for the current choices in the background. */
    public void refresh() {
        long token = ++generation;
        preview.set(null);
        strata.clear();
        double share = fraction.get();
        Optional<Stratification> by = Stratification.parse(stratify.get() == null ? "" : stratify.get());
        if (!(share > 0 && share < 1)) {
            summary.set("The held-out fraction must be more than 0 and less than 1.");
            return;
        }
        if (by.isEmpty()) {
            summary.set("Choose how to stratify: by label or by a tag.");
            return;
        }
        long chosenSeed = seed.get();
        summary.set("Computing…");
        tasks.run(() -> splitter.split(tests, share, chosenSeed, by.get()), result -> {
            if (token == generation) {
                show(result);
            }
        }, error -> summary.set("Could not split: " + error.getMessage()));
    }

    /** Applies the previewed split as one undoable edit. */
    public void apply() {
        SplitResult result = preview.get();
        if (result == null) {
            return;
        }
        apply.accept(result, String.format(Locale.ROOT, "Create held-out split (%.0f%%, seed %d, by %s)",
                fraction.get() * 100, seed.get(), stratify.get()));
        done.set(true);
    }

    private void show(SplitResult result) {
        preview.set(result);
        strata.setAll(result.strata());
        int held = result.heldOut();
        summary.set(tests.size() + " test cases: " + held + " held out, " + (tests.size() - held) + " in dev; "
                + result.changed() + (result.changed() == 1 ? " changes split" : " change split"));
    }
}
