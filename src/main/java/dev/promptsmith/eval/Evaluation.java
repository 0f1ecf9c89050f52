package dev.promptsmith.eval;

import dev.promptsmith.eval.assertion.AssertionContext;
import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.eval.assertion.Embedder;
import dev.promptsmith.eval.assertion.Judge;
import dev.promptsmith.eval.assertion.LlmJudge;
import dev.promptsmith.eval.assertion.Scorer;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.cost.RunPrices;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.store.CacheKeys;
import dev.promptsmith.store.CommitThread;
import dev.promptsmith.store.ResponseCache;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.RunStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scored run of a project, kept in its results store: the run is recorded before the first call,
 * every cell as it finishes, and the run's status at the end. Answers come from the response cache
 * unless the plan ignores it. Used by the command line and the app alike.
 */
public final class Evaluation {

    private final RunService runService;
    private final ProviderRegistry providers;
    private final Embedder embedder;
    private final RunCosting costing;
    private boolean retainResults = true;

    /** With the bundled prices only. @param embedder the model behind {@code similar}; null when none is wanted */
    public Evaluation(RunService runService, ProviderRegistry providers, Embedder embedder) {
        this(runService, providers, embedder, RunCosting.bundled());
    }

    public Evaluation(RunService runService, ProviderRegistry providers, Embedder embedder, RunCosting costing) {
        this.runService = runService;
        this.providers = providers;
        this.embedder = embedder;
        this.costing = costing;
    }

    /** The prices and token counter this evaluation prices its runs with. */
    public RunCosting costing() {
        return costing;
    }

    /**
     * The run's calls and cost before it starts, cells already in the response cache counted as
     * free (unless the plan ignores the cache). Reads the cache, so call it off the UI thread.
     */
    public RunEstimate estimate(Path projectDir, Project project, RunPlan plan) {
        if (plan.ignoreCache()) {
            return costing.estimator().estimate(project, plan, costing.pricesOf(plan), CellHooks.NONE);
        }
        try (ResponseCache cache = ResponseCache.open(projectDir)) {
            CellHooks lookup = new CellHooks() {
                @Override
                public Optional<ChatResponse> cached(CellKey key, String providerId, ChatRequest request) {
                    return cache.get(CacheKeys.of(providerId, request, key.repeat()));
                }
            };
            return costing.estimator().estimate(project, plan, costing.pricesOf(plan), lookup);
        }
    }

    /**
     * Runs of this evaluation keep no cells in memory: each is in the store as it finishes, and
     * {@code finished()} completes with an empty list. For runs too large to hold.
     */
    public Evaluation streaming() {
        retainResults = false;
        return this;
    }

    /**
     * A run in progress and the id it has in the results store.
     *
     * @param finished completes after the last cell AND the run's final status are stored
     */
    public record Started(long runId, RunHandle handle, java.util.concurrent.CompletableFuture<List<CellResult>> finished) {
    }

    /** Starts a new run of {@code plan}; the store and cache under {@code projectDir} close when it ends. */
    public Started start(Path projectDir, Project project, RunPlan plan, Consumer<RunEvent> listener) {
        // One writer thread for the run's results and its cache: one wake-up per finished cell, not two.
        CommitThread commits = new CommitThread();
        ResultsStore store = ResultsStore.open(projectDir, commits);
        try {
            Map<String, String> hashes = savePromptVersions(store, plan);
            long runId = store.startRun(new RunSpec(plan.prompts(), plan.models().stream().map(ModelRef::id).toList(),
                    plan.tests().stream().map(TestCase::id).toList(), plan.repeats(),
                    Map.of("concurrency", plan.concurrency(), "ignoreCache", plan.ignoreCache())));
            return run(projectDir, project, plan, null, store, commits, runId, hashes, listener);
        } catch (RuntimeException e) {
            // Nothing was called; a run row already written stays as a killed run's would.
            closeAfterFailure(e, store);
            throw e;
        }
    }

    /** Runs only the cells of run {@code runId} that its store does not hold yet, adding them to that run. */
    public Started resume(Path projectDir, Project project, RunPlan plan, long runId, Consumer<RunEvent> listener) {
        CommitThread commits = new CommitThread();
        ResultsStore store = ResultsStore.open(projectDir, commits);
        try {
            Map<String, String> hashes = savePromptVersions(store, plan);
            java.util.Set<dev.promptsmith.store.StoredCellKey> done;
            try (var cells = store.cells(runId)) {
                done = cells.map(dev.promptsmith.store.StoredCell::key).collect(java.util.stream.Collectors.toSet());
            }
            java.util.function.Predicate<CellKey> missing = key -> !done.contains(new dev.promptsmith.store.StoredCellKey(
                    key.testId(), hashes.get(key.prompt()), key.modelId(), key.repeat()));
            return run(projectDir, project, plan, missing, store, commits, runId, hashes, listener);
        } catch (RuntimeException e) {
            closeAfterFailure(e, store);
            throw e;
        }
    }

    private Started run(Path projectDir, Project project, RunPlan plan, java.util.function.Predicate<CellKey> only,
                          ResultsStore store, CommitThread commits, long runId, Map<String, String> hashes,
                          Consumer<RunEvent> listener) {
        ResponseCache cache = ResponseCache.open(projectDir, commits);
        try {
            return runWith(project, plan, only, store, cache, runId, hashes, listener);
        } catch (RuntimeException e) {
            closeAfterFailure(e, cache); // the caller closes the store
            throw e;
        }
    }

    private Started runWith(Project project, RunPlan plan, java.util.function.Predicate<CellKey> only, ResultsStore store,
                            ResponseCache cache, long runId, Map<String, String> hashes, Consumer<RunEvent> listener) {
        AssertionContext base = AssertionContext.of(placeholderTest()).withSchemas(project.schemas())
                .withJudge(judge(project).orElse(null)).withEmbedder(embedder);
        AssertionRegistry registry = AssertionRegistry.standard();
        Map<String, Scorer> scorers = new LinkedHashMap<>();
        for (PromptVariant prompt : plan.prompts()) {
            scorers.put(prompt.name(), new Scorer(registry, project.settings().defaultAssert(), extraction(prompt)));
        }
        RunPrices prices = costing.pricesOf(plan);
        EvaluationHooks hooks = new EvaluationHooks(scorers, base,
                cache, plan.ignoreCache(), store, runId, hashes, retainResults)
                .withPricing(prices, costing.budgetGuard(project, prices));
        RunHandle handle = runService.start(project, plan, only, listener, hooks);
        var finished = handle.done().whenComplete((results, error) -> {
            try {
                boolean cancelled = results != null && handle.isCancelled();
                store.finishRun(runId, error != null ? RunStatus.FAILED : cancelled ? RunStatus.CANCELLED : RunStatus.FINISHED);
            } finally {
                store.close();
                cache.close();
            }
        });
        return new Started(runId, handle, finished);
    }

    /** Closes {@code opened}, keeping a failure to close as suppressed by {@code failure}, which the caller throws. */
    private static void closeAfterFailure(RuntimeException failure, AutoCloseable opened) {
        try {
            opened.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** Stores each prompt's version (once per content) and returns prompt name → version hash. */
    private static Map<String, String> savePromptVersions(ResultsStore store, RunPlan plan) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (PromptVariant prompt : plan.prompts()) {
            hashes.put(prompt.name(), store.savePromptVersion(prompt));
        }
        return hashes;
    }

    /** The prompt's answer extraction in the scorer's terms; null when it scores the whole output. */
    static dev.promptsmith.eval.assertion.Extraction extraction(PromptVariant prompt) {
        var extract = prompt.output().extract();
        if (extract == null) {
            return null;
        }
        return dev.promptsmith.eval.assertion.Extraction.Type.fromKey(extract.type())
                .map(type -> new dev.promptsmith.eval.assertion.Extraction(type, extract.value()))
                .orElse(null);
    }

    /** The project's judge model, when it names one and its provider is available. */
    private Optional<Judge> judge(Project project) {
        String judgeId = project.settings().judge();
        if (judgeId == null) {
            return Optional.empty();
        }
        return project.settings().models().stream().filter(m -> m.id().equals(judgeId)).findFirst()
                .flatMap(model -> providers.find(model.provider()).map(p -> new LlmJudge(p, model)));
    }

    /** The base context needs a test; each cell replaces it with its own. */
    private static TestCase placeholderTest() {
        return new TestCase("", Map.of(), null, List.of(), List.of(), null, null);
    }
}
