package dev.promptsmith.ui.results;

import dev.promptsmith.eval.CellKey;
import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.RunEvent;
import dev.promptsmith.eval.RunHandle;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.cost.Money;
import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.RunEstimate;
import java.math.BigDecimal;
import java.util.function.Predicate;
import java.nio.file.Path;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.ui.cost.CostViewModel;
import dev.promptsmith.ui.common.FxCoalescer;
import dev.promptsmith.ui.common.ValueText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the results panel: one row per test case, one column per model, filled as events arrive. */
public final class ResultsViewModel {

    // Properties
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final Evaluation evaluation;
    private final Executor background;
    private final Executor fxThread;
    private final Map<String, ResultRow> rowsById = new HashMap<>();
    private final ComparisonGridModel grid;
    private final RunHistoryViewModel history;
    private final CostViewModel costs;
    private RunHandle current;
    private Path projectDir;
    private Project project;
    private boolean stopRequested;
    private int total;
    private int finished;
    private int passed;
    private int scored;
    private Runnable onFinished = () -> { };
    private Predicate<String> confirmOverBudget = message -> true;
    private BigDecimal cost = BigDecimal.ZERO;
    private boolean costUnknown;

    /** @param background where a run is started: opening the results store touches the disk */
    public ResultsViewModel(Evaluation evaluation, Executor background, Executor fxThread, PromptRenderer renderer) {
        this.evaluation = evaluation;
        this.background = background;
        this.fxThread = fxThread;
        this.grid = new ComparisonGridModel(background, fxThread, renderer);
        this.history = new RunHistoryViewModel(background, fxThread, this::report);
        this.costs = new CostViewModel(evaluation.costing().prices(), renderer, evaluation.costing().tokens(), background,
                fxThread);
        grid.shownRunProperty().addListener((o, was, run) -> {
            if (run.longValue() >= 0) {
                costs.show(projectDir, project, run.longValue());
            }
        });
    }

    /** The cost calculator of the run shown. */
    public CostViewModel costs() {
        return costs;
    }

    /** The project's past runs, and two of them compared. */
    public RunHistoryViewModel history() {
        return history;
    }

    /** Compares stored runs {@code runA} and {@code runB} of the current project. */
    public void compareRuns(long runA, long runB) {
        if (projectDir != null) {
            history.compare(projectDir, runA, runB);
        }
    }

    /** The finished run as a comparison grid: filtered rows, column summaries, export. */
    public ComparisonGridModel grid() {
        return grid;
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** Column ids: the model ids, or {@code prompt × model} when the run compares prompt variants. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<String> log() {
        return log;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Called once on the FX thread when the current run has finished. */
    public void setOnFinished(Runnable onFinished) {
        this.onFinished = onFinished;
    }

    /**
     * Asked on the FX thread, with the reason in words, before a run whose estimate passes the
     * project's budget; a run starts only when it answers true. (The budget still stops the run.)
     */
    public void setConfirmOverBudget(Predicate<String> confirm) {
        this.confirmOverBudget = confirm;
    }

    // Commands

    /**
     * Starts a scored run, stored in the project's results store; call on the FX thread. Does
     * nothing while a run is going.
     */
    public void start(Path projectDir, Project project, RunPlan plan) {
        if (isRunning()) {
            return;
        }
        List<String> columnIds = plan.columns().stream().map(RunPlan.Column::id).toList();
        columns.setAll(columnIds);
        rowsById.clear();
        rows.setAll(plan.tests().stream().map(t -> newRow(t, columnIds)).toList());
        rows.forEach(r -> rowsById.put(r.testId(), r));
        grid.showLive(rows);
        this.projectDir = projectDir;
        this.project = project;
        total = plan.cellCount();
        finished = 0;
        passed = 0;
        scored = 0;
        progress.set(total == 0 ? 1 : 0);
        running.set(true);
        summary.set("Running " + total + " calls…");
        log.add("Run: " + String.join(", ", columnIds) + " on " + plan.tests().size() + " test cases"
                + (plan.repeats() > 1 ? " × " + plan.repeats() + " repeats" : "") + " (" + total + " calls)");
        cost = BigDecimal.ZERO;
        costUnknown = false;
        stopRequested = false;
        background.execute(() -> {
            try {
                RunEstimate estimate = evaluation.estimate(projectDir, project, plan);
                fxThread.execute(() -> afterEstimate(projectDir, project, plan, estimate));
            } catch (RuntimeException e) {
                fxThread.execute(() -> notStarted("Could not start the run: " + e.getMessage()));
            }
        });
    }

    /** On the FX thread: shows the estimate, asks when it passes the budget, then starts the run. */
    private void afterEstimate(Path projectDir, Project project, RunPlan plan, RunEstimate estimate) {
        BigDecimal budget = project.settings().budgetUsd();
        log.add("Estimate: " + estimate.calls() + " calls" + (estimate.cachedCalls() > 0
                ? " (+" + estimate.cachedCalls() + " from the cache, free)" : "") + ", " + estimate.total().display()
                + (estimate.unpricedModels().isEmpty() ? "" : "; no price for " + String.join(", ", estimate.unpricedModels()))
                + (budget == null ? "" : "; budget " + Money.usd(budget)));
        if (stopRequested) {
            notStarted("Run cancelled before it started");
            return;
        }
        if (estimate.exceedsBudget(budget) && !confirmOverBudget.test("This run is estimated at "
                + estimate.total().display() + ", more than the project's budget of " + Money.usd(budget)
                + ". It will stop before its spend would pass the budget. Run it anyway?")) {
            notStarted("Not started: the estimate passes the budget of " + Money.usd(budget));
            return;
        }
        FxCoalescer<RunEvent> events = new FxCoalescer<>(fxThread, batch -> batch.forEach(this::apply));
        background.execute(() -> {
            try {
                Evaluation.Started started = evaluation.start(projectDir, project, plan, events::offer);
                // Once every cell and the run's status are in the store, the grid is read back from it.
                started.finished().whenComplete((cells, error) -> fxThread.execute(() -> {
                    openRun(started.runId());
                    history.refresh(projectDir, project);
                }));
                fxThread.execute(() -> {
                    current = started.handle();
                    log.add("Run " + started.runId() + " is kept in .promptsmith/results.db");
                    if (stopRequested) {
                        current.cancel();
                    }
                });
            } catch (RuntimeException e) {
                fxThread.execute(() -> notStarted("Could not start the run: " + e.getMessage()));
            }
        });
    }

    private void notStarted(String message) {
        running.set(false);
        summary.set(message);
        log.add(message);
        onFinished.run();
    }

    /** The project's pass-rate target (0–1), or NaN when it sets none or aims at another metric. */
    public double targetPassRate() {
        var target = project == null ? null : project.settings().target();
        return target == null || !"passRate".equals(target.metric()) ? Double.NaN : target.value();
    }

    /**
     * Few-shot ablation of {@code prompt} on {@code model}: the dev set with all examples, each left
     * out, and the first k for k in {@code sweep}, as one stored run; the report goes to the run log
     * and {@code onReport} (on the FX thread). Does nothing while a run is going.
     */
    public void ablate(Path dir, Project opened, dev.promptsmith.model.PromptVariant prompt, dev.promptsmith.model.ModelRef model,
                       List<Integer> sweep, java.util.function.Consumer<List<String>> onReport) {
        if (isRunning()) {
            return;
        }
        running.set(true);
        summary.set("Few-shot ablation of " + prompt.name() + " on " + model.id() + "…");
        log.add(summary.get());
        background.execute(() -> {
            try {
                var result = new dev.promptsmith.eval.FewShotAblationRun(evaluation).run(dir, opened, prompt, model, sweep,
                        opened.settings().defaults().repeats(), opened.settings().defaults().concurrency(), e -> { });
                List<String> lines = AblationLines.of(prompt.name(), model.id(), result);
                fxThread.execute(() -> {
                    running.set(false);
                    log.addAll(lines);
                    summary.set(lines.get(0));
                    history.refresh(dir, opened);
                    onReport.accept(lines);
                });
            } catch (Exception e) {
                fxThread.execute(() -> {
                    running.set(false);
                    report("The ablation failed: " + e.getMessage());
                });
            }
        });
    }

    /** A message for the status line and the run log. */
    public void report(String message) {
        summary.set(message);
        log.add(message);
    }

    /** Shows stored run {@code runId} of the project last run or opened, as a comparison grid. */
    public void openRun(long runId) {
        if (runId < 0 || projectDir == null) {
            return;
        }
        grid.load(projectDir, project, runId, this::report);
    }

    /** The project whose runs are shown; set when a project opens, so its past runs can be shown before any new run. */
    public void setProject(Path dir, Project opened) {
        boolean otherFolder = dir != null && !dir.equals(projectDir);
        this.projectDir = dir;
        this.project = opened;
        if (otherFolder) {
            history.refresh(dir, opened);
        }
    }

    public void stop() {
        stopRequested = true;
        if (current != null) {
            current.cancel();
        }
    }

    private static ResultRow newRow(TestCase test, List<String> modelIds) {
        String input = test.vars().entrySet().stream()
                .map(e -> e.getKey() + ": " + ValueText.of(e.getValue()))
                .collect(java.util.stream.Collectors.joining(" · "));
        String expected = ValueText.of(test.expected());
        return new ResultRow(test.id(), preview(input), preview(expected), modelIds);
    }

    private void apply(RunEvent event) {
        if (event instanceof RunEvent.CellStarted started) {
            cell(started.key()).ifPresent(c -> c.set(new CellView(CellState.RUNNING, "", "", null)));
        } else if (event instanceof RunEvent.CellDelta delta) {
            cell(delta.key()).ifPresent(c -> c.set(c.get().appending(delta.text())));
        } else if (event instanceof RunEvent.CellFinished done) {
            finished++;
            if (done.result().cost() == null) {
                costUnknown = true;
            } else {
                cost = cost.add(done.result().cost());
            }
            if (done.result().score() != null) {
                scored++;
                passed += done.result().score().pass() ? 1 : 0;
            }
            progress.set((double) finished / Math.max(1, total));
            cell(done.result().key()).ifPresent(c -> c.set(finalView(done.result())));
            if (!done.result().ok()) {
                log.add(done.result().key().testId() + " × " + done.result().key().column() + ": "
                        + done.result().errorMessage());
            }
        } else if (event instanceof RunEvent.RunFinished end) {
            running.set(false);
            current = null;
            String text = end.finished() + " of " + total + " calls done"
                    + (scored > 0 ? " · " + passed + " of " + scored + " passed" : "")
                    + " · " + end.failed() + (end.failed() == 1 ? " error" : " errors")
                    + " · cost " + (costUnknown ? "unknown" : Money.usd(cost)) + (end.cancelled() ? " (stopped)" : "");
            summary.set(end.stopReason() == null ? text : text + " — " + end.stopReason());
            log.add(text);
            if (end.stopReason() != null) {
                log.add(end.stopReason());
            }
            onFinished.run();
        }
    }

    private java.util.Optional<javafx.beans.property.ObjectProperty<CellView>> cell(CellKey key) {
        // The grid shows the first repeat; the others are kept for the run's statistics.
        ResultRow row = key.repeat() == 0 ? rowsById.get(key.testId()) : null;
        return row == null ? java.util.Optional.empty() : java.util.Optional.of(row.cell(key.column()));
    }

    static CellView finalView(CellResult result) {
        ChatResponse r = result.response();
        String meta = r == null ? "" : meta(r) + (result.cost() == null ? "" : " · " + Money.usd(result.cost()));
        if (result.ok()) {
            var score = result.score();
            if (score == null) {
                return new CellView(CellState.DONE, result.output(), meta, null);
            }
            String reasons = score.failures().stream().map(failure -> failure.reason()).reduce((a, b) -> a + "\n" + b).orElse("");
            String verdict = ScoreText.verdict(score.pass(), score.score());
            return new CellView(CellState.DONE, result.output(), meta + (result.cacheHit() ? " · cached" : ""), null,
                    score.pass(), reasons.isEmpty() ? verdict : verdict + "\n" + reasons);
        }
        boolean cancelled = r != null && r.error() != null
                && r.error().kind() == dev.promptsmith.provider.ProviderError.Kind.CANCELLED;
        return new CellView(cancelled ? CellState.CANCELLED : CellState.FAILED, result.output(), meta,
                result.errorMessage());
    }

    private static String meta(ChatResponse r) {
        String latency = r.latency() == null ? "" : formatSeconds(r.latency().toMillis());
        if (r.usage() == null || r.usage().totalTokens() == 0) {
            return latency;
        }
        String approx = r.usage().estimated() ? "≈" : "";
        return latency + " · " + approx + r.usage().inputTokens() + " → " + approx + r.usage().outputTokens() + " tok";
    }

    private static String formatSeconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 157) + "…" : oneLine;
    }
}
