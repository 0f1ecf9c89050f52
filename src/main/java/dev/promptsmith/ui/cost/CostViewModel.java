package dev.promptsmith.ui.cost;

import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.cost.advice.Advisor;
import dev.promptsmith.cost.finetune.TcoInputs;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.cost.report.CostOptions;
import dev.promptsmith.cost.report.CostReport;
import dev.promptsmith.cost.report.CostReports;
import dev.promptsmith.model.Project;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The cost calculator of one stored run: the editable inputs (monthly volume, cache hit rate, the
 * two paths' effort and rates, with defaults from published figures) and the report computed from
 * the run's measured usage in the background whenever an input or the run changes.
 */
public final class CostViewModel {

    // Properties
    private final LongProperty monthlyCalls = new SimpleLongProperty(this, "monthlyCalls");
    private final DoubleProperty hitRate = new SimpleDoubleProperty(this, "hitRate");
    private final IntegerProperty months = new SimpleIntegerProperty(this, "months");
    private final ObjectProperty<BigDecimal> engineerWeekUsd = new SimpleObjectProperty<>(this, "engineerWeekUsd");
    private final DoubleProperty promptWeeks = new SimpleDoubleProperty(this, "promptWeeks");
    private final DoubleProperty fineTuneWeeks = new SimpleDoubleProperty(this, "fineTuneWeeks");
    private final DoubleProperty evaluationWeeks = new SimpleDoubleProperty(this, "evaluationWeeks");
    private final IntegerProperty retrainEveryMonths = new SimpleIntegerProperty(this, "retrainEveryMonths");
    private final ReadOnlyObjectWrapper<CostReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Run the project to see costs.");

    private final CostReports reports;
    private final PriceTable prices;
    private final Executor background;
    private final Executor fxThread;
    private Path projectDir;
    private Project project;
    private long runId = -1;
    private long generation;
    private boolean active;
    private boolean stale;

    public CostViewModel(PriceTable prices, PromptRenderer renderer, TokenCounter tokens, Executor background,
                         Executor fxThread) {
        this.prices = prices;
        this.reports = new CostReports(renderer, tokens, TrainingPrices.bundled(), Advisor.standard());
        this.background = background;
        this.fxThread = fxThread;
        TcoInputs defaults = TcoInputs.defaults();
        monthlyCalls.set(defaults.monthlyCalls());
        hitRate.set(CostOptions.defaults().hitRate());
        months.set(defaults.horizonMonths());
        engineerWeekUsd.set(defaults.engineerWeekUsd());
        promptWeeks.set(defaults.promptEngineeringWeeks());
        fineTuneWeeks.set(defaults.fineTuneWeeks());
        evaluationWeeks.set(defaults.evaluationWeeks());
        retrainEveryMonths.set(defaults.retrainEveryMonths());
        for (var input : List.of(monthlyCalls, hitRate, months, engineerWeekUsd, promptWeeks, fineTuneWeeks,
                evaluationWeeks, retrainEveryMonths)) {
            input.addListener(o -> {
                stale = true;
                if (active) {
                    refresh();
                }
            });
        }
    }

    public LongProperty monthlyCallsProperty() {
        return monthlyCalls;
    }

    public DoubleProperty hitRateProperty() {
        return hitRate;
    }

    public IntegerProperty monthsProperty() {
        return months;
    }

    public ObjectProperty<BigDecimal> engineerWeekUsdProperty() {
        return engineerWeekUsd;
    }

    public DoubleProperty promptWeeksProperty() {
        return promptWeeks;
    }

    public DoubleProperty fineTuneWeeksProperty() {
        return fineTuneWeeks;
    }

    public DoubleProperty evaluationWeeksProperty() {
        return evaluationWeeks;
    }

    public IntegerProperty retrainEveryMonthsProperty() {
        return retrainEveryMonths;
    }

    /** The report of the run shown, or null before one is computed. */
    public ReadOnlyObjectProperty<CostReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // Commands

    /** Shows the costs of stored run {@code run} of the project in {@code dir} (computed once the view is shown). */
    public void show(Path dir, Project opened, long run) {
        this.projectDir = dir;
        this.project = opened;
        this.runId = run;
        stale = true;
        if (active) {
            refresh();
        }
    }

    /**
     * Whether the calculator is on screen. The report reads every cell of the run and compares its
     * columns; it is computed only when someone looks, not after every run.
     */
    public void setActive(boolean shown) {
        this.active = shown;
        if (shown && stale) {
            refresh();
        }
    }

    /** Computes the report again from the current inputs, in the background; a newer request voids an older one. */
    public void refresh() {
        if (projectDir == null || project == null || runId < 0) {
            return;
        }
        long token = ++generation;
        stale = false;
        CostOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        Path dir = projectDir;
        Project current = project;
        long run = runId;
        status.set("Computing the costs of run " + run + "…");
        try {
            background.execute(() -> {
                try {
                    CostReport computed = compute(dir, current, run, options);
                    fxThread.execute(() -> {
                        if (token == generation) {
                            report.set(computed);
                            status.set("Run " + run + " · " + String.format(java.util.Locale.ROOT, "%,d", options.monthlyCalls())
                                    + " calls a month · prices from the bundled table and your prices.json");
                        }
                    });
                } catch (RuntimeException e) {
                    fxThread.execute(() -> status.set("Could not compute the costs of run " + run + ": " + e.getMessage()));
                }
            });
        } catch (RejectedExecutionException e) {
            // The app is closing.
        }
    }

    private CostReport compute(Path dir, Project current, long run, CostOptions options) {
        try (ResultsStore store = ResultsStore.open(dir)) {
            RunSpec spec = store.runSpec(run).orElseThrow(() -> new IllegalStateException("there is no run " + run));
            List<StoredCell> cells;
            try (var stream = store.cells(run)) {
                cells = stream.toList();
            }
            return reports.build(current, run, spec, cells, prices, options);
        }
    }

    private CostOptions options() {
        CostOptions defaults = CostOptions.defaults();
        TcoInputs tco = defaults.tco().toBuilder().horizonMonths(Math.max(1, months.get()))
                .monthlyCalls(Math.max(0, monthlyCalls.get())).engineerWeekUsd(engineerWeekUsd.get())
                .promptEngineeringWeeks(promptWeeks.get()).fineTuneWeeks(fineTuneWeeks.get())
                .evaluationWeeks(evaluationWeeks.get()).retraining(retrainEveryMonths.get(), defaults.tco().retrainWeeks())
                .build();
        return new CostOptions(Math.max(0, monthlyCalls.get()), Math.max(0, Math.min(1, hitRate.get())), tco,
                defaults.extraCandidates(), defaults.fineTuneKey());
    }
}
