package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.SplitResult;
import dev.promptsmith.eval.assertion.Embedder;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The test-case table. Besides what every record table does: a bulk split change, a stratified held-out
 * split (previewed, then one undoable edit), the leakage check against the few-shot examples, and the
 * coverage report.
 */
public final class TestCasesViewModel extends RecordTableViewModel<TestCase> {

    private final Supplier<List<Example>> examples;
    private final Supplier<Embedder> embedderFactory;
    private volatile Embedder embedder;

    /**
     * @param onChange takes every new list of test cases (the shell applies it with {@code Project.withTests})
     * @param examples the project's few-shot examples, for the leakage check
     * @param embedder makes the embedder of the leakage check; called once, on a background thread, when
     *                 a check first needs it (the offline MiniLM model takes a second to load)
     */
    public TestCasesViewModel(BackgroundTasks tasks, Consumer<List<TestCase>> onChange, DatasetServices data,
                              Supplier<List<Example>> examples, Supplier<Embedder> embedder) {
        super(new TestCaseFields(), tasks, onChange, data, RecordExport.tests(data));
        this.examples = examples;
        this.embedderFactory = embedder;
    }

    // Commands

    /** Moves the selected test cases to {@code split}. */
    public void setSplit(Split split) {
        if (split == null) {
            return;
        }
        if (selection().isEmpty()) {
            report("Select the test cases to move first.");
            return;
        }
        changeSelected(t -> t.split() != split, t -> fields.withSplit(t, split), "Move to " + split.key() + ": ",
                "Every selected test case is already in " + split.key() + ".");
    }

    /** A held-out split of every test case, to preview and then apply. */
    public HeldOutViewModel startHeldOut() {
        List<Row<TestCase>> snapshot = List.copyOf(rows());
        List<TestCase> values = snapshot.stream().map(Row::getValue).toList();
        return new HeldOutViewModel(values, tasks, (result, description) -> applySplit(snapshot, values, result, description));
    }

    /** The leakage check of the project's examples against these test cases. */
    public LeakageViewModel startLeakage() {
        return new LeakageViewModel(List.copyOf(examples.get()), records(), this::embedder, tasks);
    }

    /** The coverage of the labels, tags and splits of these test cases. */
    public CoverageViewModel startCoverage() {
        return new CoverageViewModel(records(), tasks);
    }

    /** Gives each test case the split of {@code result}, as one edit; refused when the rows changed since the preview. */
    void applySplit(List<Row<TestCase>> snapshot, List<TestCase> previewed, SplitResult result, String description) {
        if (!snapshot.equals(rows()) || !previewed.equals(snapshot.stream().map(Row::getValue).toList())) {
            report("The test cases changed since the preview; preview the split again.");
            return;
        }
        List<Row<TestCase>> changed = new ArrayList<>();
        List<TestCase> values = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            if (previewed.get(i).split() != result.tests().get(i).split()) {
                changed.add(snapshot.get(i));
                values.add(result.tests().get(i));
            }
        }
        if (changed.isEmpty()) {
            report("Every test case is already in that split.");
            return;
        }
        perform(new SetValuesEdit<>(changed, values, description));
    }

    private Embedder embedder() {
        Embedder made = embedder;
        if (made == null) {
            synchronized (this) {
                made = embedder;
                if (made == null) {
                    made = embedderFactory.get();
                    embedder = made;
                }
            }
        }
        return made;
    }
}
