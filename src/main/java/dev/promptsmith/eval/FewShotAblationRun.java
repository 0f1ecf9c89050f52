package dev.promptsmith.eval;

import dev.promptsmith.dataset.AblationPlan;
import dev.promptsmith.dataset.AblationPlanner;
import dev.promptsmith.dataset.AblationReport;
import dev.promptsmith.dataset.AblationScores;
import dev.promptsmith.dataset.FewShotAblation;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.template.FewShotSelector;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Runs a few-shot ablation: the prompt with all its examples, with each one left out, and with the
 * first k for a sweep of k — one stored run of all those variants on the dev test cases — then
 * reads each variant's mean score and cost back and works out each example's contribution and the
 * score-against-k curve.
 */
public final class FewShotAblationRun {

    /** Score differences up to this are noise: an example is harmful only when leaving it out gains more. */
    public static final double TOLERANCE = 0.01;

    private final Evaluation evaluation;

    public FewShotAblationRun(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** The stored run and what it says about each example. */
    public record Result(long runId, AblationPlan plan, AblationScores scores, AblationReport report) {
    }

    public Result run(Path projectDir, Project project, PromptVariant prompt, ModelRef model, List<Integer> sweep,
                      int repeats, int concurrency, Consumer<RunEvent> listener)
            throws InterruptedException, ExecutionException {
        AblationPlan plan = new AblationPlanner(new FewShotSelector()).plan(prompt, project.examples(), sweep);
        RunPlan runPlan = new RunPlan(plan.variantsToRun(), List.of(model), TestSelection.DEV.apply(project.tests()),
                repeats, concurrency, false);
        Evaluation.Started started = evaluation.start(projectDir, project, runPlan, listener);
        started.finished().get();
        Map<String, Totals> byHash = new HashMap<>();
        try (ResultsStore store = ResultsStore.open(projectDir); var cells = store.cells(started.runId())) {
            cells.forEach(cell -> byHash.computeIfAbsent(cell.key().promptHash(), h -> new Totals()).add(cell));
        }
        Map<String, Totals> byName = new LinkedHashMap<>();
        for (PromptVariant variant : plan.variantsToRun()) {
            byName.put(variant.name(), byHash.getOrDefault(PromptVersions.hash(variant), new Totals()));
        }
        Map<String, Double> without = new LinkedHashMap<>();
        plan.leaveOneOut().forEach(l -> without.put(l.exampleId(), byName.get(l.variant().name()).mean()));
        List<AblationScores.SweepPoint> points = new ArrayList<>();
        plan.sweep().forEach(s -> points.add(new AblationScores.SweepPoint(s.k(), byName.get(s.variant().name()).mean(),
                byName.get(s.variant().name()).cost)));
        Totals full = byName.get(plan.full().name());
        AblationScores scores = new AblationScores(full.mean(), full.cost, without, points);
        return new Result(started.runId(), plan, scores, new FewShotAblation(TOLERANCE).analyse(scores));
    }

    /** Scores and cost of one variant's cells; a failed call scores 0, an unpriced one makes the cost unknown. */
    private static final class Totals {
        double score;
        int cells;
        BigDecimal cost = BigDecimal.ZERO;

        void add(StoredCell cell) {
            score += cell.ok() ? cell.score() : 0;
            cells++;
            cost = cost == null || cell.costUsd() == null ? null : cost.add(cell.costUsd());
        }

        double mean() {
            return cells == 0 ? 0 : score / cells;
        }
    }
}
