package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunStatus;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls are priced from their usage, stored with their cost, and a run stops before its budget is passed. */
class BudgetStopTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    /** Answers with one output token; its prompt is free, so a call costs exactly $0.001. */
    private final Provider model = new Provider() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(ChatRequest request, StreamListener l, CancelSignal cancel) {
            calls.incrementAndGet();
            return new ChatResponse("ok", new Usage(30, 1, 0, 0, 0, false), "stop", Duration.ofMillis(5),
                    Duration.ofMillis(2), null);
        }
    };
    // Output at $1,000 per million tokens = $0.001 a token; input free. With max 20 output tokens the
    // worst case of a call is $0.02.
    private final PriceTable prices = new PriceTable(Map.of("fake/*",
            ModelPrice.perToken(BigDecimal.ZERO, new BigDecimal("1000"), "test")));
    private final PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Say ok.",
            List.of(new MessageTemplate(Role.USER, "{{ q }}")), null, null, new ModelParams(null, 20, null, null));
    private final ModelRef ref = new ModelRef("m", "fake", "fake-1", null);
    private final List<TestCase> tests = List.of(test("t1"), test("t2"), test("t3"));

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void eachCellIsPricedFromItsUsageAndStoredWithItsCost() throws Exception {
        Evaluation.Started run = evaluation().start(dir, project(null), plan(), e -> { });
        List<CellResult> results = run.handle().done().get(10, TimeUnit.SECONDS);

        assertThat(results).extracting(CellResult::cost).allSatisfy(c -> assertThat(c).isEqualByComparingTo("0.001"));
        run.finished().get(10, TimeUnit.SECONDS);
        try (ResultsStore store = ResultsStore.open(dir); var cells = store.cells(run.runId())) {
            assertThat(cells.map(StoredCell::costUsd).toList()).hasSize(3)
                    .allSatisfy(c -> assertThat(c).isEqualByComparingTo("0.001"));
        }
    }

    @Test
    void theRunStopsBeforeACallCouldPassTheBudgetAndResumesWithAHigherOne() throws Exception {
        // Call 1: $0 spent + $0.02 worst ≤ $0.0215. Call 2: $0.001 + $0.02 ≤ $0.0215.
        // Call 3: $0.002 + $0.02 = $0.022 > $0.0215, so it is never made.
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        Evaluation.Started run = evaluation().start(dir, project(new BigDecimal("0.0215")), plan(), events::add);
        List<CellResult> results = run.handle().done().get(10, TimeUnit.SECONDS);
        run.finished().get(10, TimeUnit.SECONDS);

        assertThat(calls).hasValue(2);
        assertThat(results).hasSize(2);
        RunEvent.RunFinished end = (RunEvent.RunFinished) events.get(events.size() - 1);
        assertThat(end.stopReason()).contains("budget of $0.0215").contains("$0.002 spent").contains("up to $0.02");
        assertThat(events).filteredOn(e -> e instanceof RunEvent.CellStarted).hasSize(2);
        try (ResultsStore store = ResultsStore.open(dir)) {
            assertThat(store.runs()).singleElement().extracting(r -> r.status()).isEqualTo(RunStatus.CANCELLED);
        }

        Evaluation.Started resumed = evaluation().resume(dir, project(new BigDecimal("1")), plan(), run.runId(), e -> { });
        assertThat(resumed.handle().done().get(10, TimeUnit.SECONDS)).extracting(r -> r.key().testId()).containsExactly("t3");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aModelWithoutAPriceStopsABudgetedRunAtItsFirstCall() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry(), workers), registry(), null,
                costing(new PriceTable(Map.of())));
        Evaluation.Started run = evaluation.start(dir, project(BigDecimal.ONE), plan(), events::add);
        run.finished().get(10, TimeUnit.SECONDS);

        assertThat(calls).hasValue(0);
        RunEvent.RunFinished end = (RunEvent.RunFinished) events.get(events.size() - 1);
        assertThat(end.stopReason()).contains("model m (fake/fake-1) has no price").contains("prices.json");
    }

    @Test
    void withoutABudgetAnUnpricedModelRunsAndItsCostIsUnknown() throws Exception {
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry(), workers), registry(), null,
                costing(new PriceTable(Map.of())));
        List<CellResult> results = evaluation.start(dir, project(null), plan(), e -> { }).handle().done()
                .get(10, TimeUnit.SECONDS);

        assertThat(results).hasSize(3).extracting(CellResult::cost).containsOnlyNulls();
    }

    private Evaluation evaluation() {
        return new Evaluation(new RunService(new PromptRenderer(), registry(), workers), registry(), null, costing(prices));
    }

    private ProviderRegistry registry() {
        return new ProviderRegistry().register(model);
    }

    private static RunCosting costing(PriceTable table) {
        TokenCounter tokens = new TokenCounter();
        return new RunCosting(table, tokens, new RunEstimator(new PromptRenderer(), tokens));
    }

    private RunPlan plan() {
        return new RunPlan(List.of(prompt), List.of(ref), tests, 1, 1, true);
    }

    private Project project(BigDecimal budget) {
        Project base = Project.empty("budget").withPrompts(List.of(prompt)).withTests(tests);
        return base.withSettings(base.settings().withBudget(budget));
    }

    private static TestCase test(String id) {
        return new TestCase(id, Map.of("q", "question " + id), null, List.of(new Assertion("equals", "ok", null, null)),
                null, null, null);
    }
}
