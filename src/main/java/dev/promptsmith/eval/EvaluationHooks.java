package dev.promptsmith.eval;

import dev.promptsmith.eval.assertion.AssertionContext;
import dev.promptsmith.eval.assertion.AssertionResult;
import dev.promptsmith.eval.assertion.Scorer;
import dev.promptsmith.eval.assertion.TestScore;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.CacheKeys;
import dev.promptsmith.store.ResponseCache;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.ReviewKey;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import dev.promptsmith.cost.RunPrices;
import dev.promptsmith.model.ModelRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scored, cached and stored run: answers from the response cache where allowed, scores every
 * output with the test's assertions, caches new answers, and records each cell in the results
 * store as it finishes (one commit per cell, so a killed process loses only the calls in flight).
 * Any of cache and store may be null.
 */
public final class EvaluationHooks implements CellHooks {

    private final Map<String, Scorer> scorers;
    private final AssertionContext baseContext;
    private final ResponseCache cache;
    private final boolean ignoreCache;
    private final ResultsStore store;
    private final long runId;
    private final Map<String, String> promptHashes;
    private final boolean retainResults;
    /** Cache keys computed for the lookup, reused for the put: hashing a request is not free. */
    private final Map<CellKey, String> cacheKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private RunPrices prices;
    private BudgetGuard budget;

    /**
     * @param scorers by prompt name: each prompt variant extracts its answer in its own way
     * @param baseContext schemas, judge and embedder shared by every cell; the test and call facts are added per cell
     * @param promptHashes prompt name → stored version hash, as {@link ResultsStore#savePromptVersion} gave them
     */
    public EvaluationHooks(Map<String, Scorer> scorers, AssertionContext baseContext, ResponseCache cache, boolean ignoreCache,
                           ResultsStore store, long runId, Map<String, String> promptHashes, boolean retainResults) {
        this.scorers = Map.copyOf(scorers);
        this.baseContext = baseContext;
        this.cache = cache;
        this.ignoreCache = ignoreCache;
        this.store = store;
        this.runId = runId;
        this.promptHashes = Map.copyOf(promptHashes);
        this.retainResults = retainResults;
    }

    /**
     * Prices each cell from its usage (without prices every cost is unknown) and, with a budget,
     * refuses calls that could take the run past it.
     */
    public EvaluationHooks withPricing(RunPrices runPrices, BudgetGuard budgetGuard) {
        this.prices = runPrices;
        this.budget = budgetGuard;
        return this;
    }

    @Override
    public Optional<String> admit(CellKey key, ModelRef model, ChatRequest request) {
        return budget == null ? Optional.empty() : budget.admit(key, model, request);
    }

    @Override
    public boolean retainResults() {
        return retainResults || store == null;
    }

    @Override
    public Optional<ChatResponse> cached(CellKey key, String providerId, ChatRequest request) {
        if (cache == null) {
            return Optional.empty();
        }
        String cacheKey = CacheKeys.of(providerId, request, key.repeat());
        cacheKeys.put(key, cacheKey);
        return ignoreCache ? Optional.empty() : cache.get(cacheKey);
    }

    @Override
    public CellResult completed(CellResult result, TestCase test, String providerId, ChatRequest request) {
        BigDecimal cost = prices == null ? null
                : prices.cellCost(result.key().modelId(), result.response(), result.cacheHit());
        if (budget != null && !result.cacheHit()) {
            budget.settle(result.key(), cost);
        }
        CellResult priced = result.withCost(cost);
        CellResult scored = priced.ok() ? priced.withScore(score(priced, test)) : priced;
        String cacheKey = cacheKeys.remove(result.key());
        if (cache != null && request != null && result.ok() && !result.cacheHit()) {
            cache.put(cacheKey != null ? cacheKey : CacheKeys.of(providerId, request, result.key().repeat()),
                    result.response());
        }
        if (store != null) {
            store.recordCell(runId, stored(scored));
        }
        return scored;
    }

    private TestScore score(CellResult result, TestCase test) {
        ChatResponse response = result.response();
        AssertionContext context = baseContext.withTest(test).withCall(response.latency(), response.usage(), result.cost());
        Scorer scorer = scorers.get(result.key().prompt());
        if (store != null && scorer.uses("human", test)) {
            // Reviews are kept by output: an answer someone already judged keeps its verdict.
            CellKey key = result.key();
            StoredCellKey stored = new StoredCellKey(key.testId(), promptHashes.get(key.prompt()), key.modelId(), key.repeat());
            context = context.withReview(store.review(ReviewKey.of(stored, result.output())).orElse(null));
        }
        return scorer.score(result.output(), context);
    }

    private StoredCell stored(CellResult cell) {
        CellKey key = cell.key();
        ChatResponse response = cell.response();
        String errorKind = null;
        String errorMessage = cell.errorMessage();
        if (!cell.renderProblems().isEmpty()) {
            errorKind = "TEMPLATE";
        } else if (response != null && response.error() != null) {
            errorKind = response.error().kind().name();
        }
        TestScore score = cell.score();
        List<AssertionOutcome> outcomes = score == null ? List.of() : score.results().stream()
                .map(AssertionOutcomes::of).toList();
        return new StoredCell(new StoredCellKey(key.testId(), promptHashes.get(key.prompt()), key.modelId(), key.repeat()),
                cell.output(), errorKind, errorMessage,
                response == null || response.latency() == null ? null : response.latency().toMillis(),
                response == null || response.timeToFirstToken() == null ? null : response.timeToFirstToken().toMillis(),
                response == null ? null : response.usage(), cell.cost(), cell.cacheHit(),
                score != null && score.pass(), score == null ? 0 : score.score(), outcomes, Instant.now());
    }

}
