package dev.promptsmith.cost.report;

import dev.promptsmith.cost.CachePolicy;
import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.cost.LeverCosts;
import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.Projector;
import dev.promptsmith.cost.PromptLevers;
import dev.promptsmith.cost.UsageProfile;
import dev.promptsmith.cost.UsageProfiles;
import dev.promptsmith.cost.advice.Advisor;
import dev.promptsmith.cost.advice.AdvisorInputs;
import dev.promptsmith.cost.advice.CellOutcome;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.cost.finetune.TrainingSetEstimator;
import dev.promptsmith.eval.ScoredCells;
import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link CostReport} from a project, one run's stored cells and the price table. Needs no
 * window: the cost view and the {@code cost} command both use it. Rendering and counting go through
 * the same renderer and token counter as the engine.
 */
public final class CostReports {

    private final PromptLevers levers;
    private final FineTunePlanner planner;
    private final Advisor advisor;

    public CostReports(PromptRenderer renderer, TokenCounter tokens, TrainingPrices trainingPrices, Advisor advisor) {
        this.levers = new PromptLevers(renderer, tokens, CachePolicy.standard());
        this.planner = new FineTunePlanner(new TrainingSetEstimator(renderer, tokens), trainingPrices);
        this.advisor = advisor;
    }

    /**
     * @param spec  the run's plan: its prompt versions name the columns
     * @param cells the run's stored cells
     */
    public CostReport build(Project project, Long runId, RunSpec spec, List<StoredCell> cells, PriceTable prices,
                            CostOptions options) {
        List<String> notes = new ArrayList<>();
        RunColumns columns = new RunColumns(spec.prompts());
        Map<String, ModelRef> models = new LinkedHashMap<>();
        project.settings().models().forEach(m -> models.put(m.id(), m));
        List<ScoredCell> scored = new ArrayList<>();
        List<CellOutcome> outcomes = new ArrayList<>();
        for (StoredCell cell : cells) {
            ColumnRef column = columns.of(cell);
            scored.add(ScoredCells.of(cell, project.test(cell.key().testId()).orElse(null), column.id()));
            outcomes.add(CellOutcome.of(cell, column));
        }
        List<ColumnSummary> summaries = ColumnMetrics.summarize(scored);
        List<UsageProfile> profiles = UsageProfiles.fromStored(cells, columns::of);
        Target target = target(project, notes);
        spec.modelIds().stream().filter(id -> !models.containsKey(id))
                .forEach(id -> notes.add("Model " + id + " is no longer in the project: its price is unknown."));
        List<ModelRef> candidates = new ArrayList<>(project.settings().models());
        candidates.addAll(options.extraCandidates());
        Projection projection = new Projector(summaries, target, profiles, project.settings().models(), candidates, prices)
                .at(options.monthlyCalls());
        if (profiles.stream().anyMatch(UsageProfile::estimated)) {
            notes.add("Some usage was counted locally (the server reported none): token figures marked ≈ are estimates.");
        }
        Optional<TestCase> sample = spec.testIds().stream().map(project::test).flatMap(Optional::stream).findFirst()
                .or(() -> project.tests().stream().findFirst());
        List<LeverCosts> leverCosts = new ArrayList<>();
        for (UsageProfile profile : profiles) {
            Optional<PromptVariant> prompt = columns.prompt(profile.column().prompt());
            ModelRef model = models.get(profile.column().modelId());
            if (prompt.isPresent() && model != null && sample.isPresent()) {
                leverCosts.add(levers.measure(prompt.get(), project.examples(), sample.get(), model,
                        prices.find(model.provider(), model.model()).orElse(null), options.hitRate()));
            }
        }
        FineTunePlan plan = plan(project, columns, cells, projection, profiles, leverCosts, prices, options, notes);
        List<dev.promptsmith.eval.metrics.PairedComparison> comparisons = VariantComparisons.of(scored, outcomes);
        AdvisorInputs inputs = new AdvisorInputs(project, summaries, outcomes, target, comparisons, projection, plan);
        return new CostReport(project.settings().name(), runId, options, summaries, profiles, projection, leverCosts, plan,
                advisor.advise(inputs), notes);
    }

    private FineTunePlan plan(Project project, RunColumns columns, List<StoredCell> cells, Projection projection,
                              List<UsageProfile> profiles, List<LeverCosts> leverCosts, PriceTable prices,
                              CostOptions options, List<String> notes) {
        String bestId = projection.bestColumn();
        UsageProfile best = profiles.stream().filter(p -> p.column().id().equals(bestId)).findFirst().orElse(null);
        if (best == null) {
            notes.add("Nothing was measured, so fine-tuning cannot be compared with prompting.");
            return null;
        }
        PromptVariant prompt = columns.prompt(best.column().prompt()).orElse(null);
        if (prompt == null) {
            return null;
        }
        // One passing output per case, the best column's first: the answers most worth learning from.
        Map<String, String> passing = new LinkedHashMap<>();
        cells.stream().filter(c -> columns.of(c).id().equals(bestId)).forEach(c -> keepPassing(passing, c));
        cells.forEach(c -> keepPassing(passing, c));
        LeverCosts bestLevers = leverCosts.stream()
                .filter(l -> l.columnLabel().equals(prompt.name() + " × " + best.column().modelId())).findFirst().orElse(null);
        return planner.plan(project, prompt, passing, prices, options, best, bestLevers,
                projection.column(bestId).map(Projection.ColumnCost::perCall).orElse(null), notes);
    }

    private static void keepPassing(Map<String, String> passing, StoredCell cell) {
        if (cell.ok() && cell.pass() && cell.output() != null) {
            passing.putIfAbsent(cell.key().testId(), cell.output());
        }
    }

    private static Target target(Project project, List<String> notes) {
        var target = project.settings().target();
        if (target == null) {
            return null;
        }
        try {
            return Target.of(target.metric(), target.value());
        } catch (IllegalArgumentException e) {
            notes.add("The project's target cannot be read (" + e.getMessage() + "): advice runs without it.");
            return null;
        }
    }
}
