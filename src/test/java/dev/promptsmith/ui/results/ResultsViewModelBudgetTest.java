package dev.promptsmith.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.RunCosting;
import dev.promptsmith.eval.RunEstimator;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.eval.RunService;
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
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results panel's view model shows the estimate, asks before an over-budget run, and says why a run stopped. */
class ResultsViewModelBudgetTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    /** Stands in for the FX thread: one thread, in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final AtomicInteger calls = new AtomicInteger();
    private final Provider model = new Provider() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(ChatRequest request, StreamListener l, CancelSignal cancel) {
            calls.incrementAndGet();
            return new ChatResponse("ok", new Usage(0, 1, 0, 0, 0, false), "stop", Duration.ofMillis(1), null, null);
        }
    };
    // Output at $0.001 a token, input free; max 20 output tokens: a call costs $0.001, at worst $0.02.
    private final PriceTable prices = new PriceTable(Map.of("fake/*",
            ModelPrice.perToken(BigDecimal.ZERO, new BigDecimal("1000"), "test")));
    private final PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Say ok.",
            List.of(new MessageTemplate(Role.USER, "{{ q }}")), null, null, new ModelParams(null, 20, null, null));
    private final List<TestCase> tests = List.of(test("t1"), test("t2"), test("t3"));
    private final RunPlan plan = new RunPlan(List.of(prompt), List.of(new ModelRef("m", "fake", "fake-1", null)), tests,
            1, 1, true);

    @AfterEach
    void stop() {
        workers.shutdownNow();
        background.shutdownNow();
        fx.shutdownNow();
    }

    @Test
    void aRunWhoseEstimatePassesTheBudgetAsksAndDoesNotStartWhenRefused() throws Exception {
        List<String> asked = new ArrayList<>();
        ResultsViewModel results = viewModel();
        results.setConfirmOverBudget(message -> {
            asked.add(message);
            return false;
        });

        // Even the low estimate (3 calls × 10 tokens = $0.03) passes a budget of $0.01.
        runToEnd(results, project(new BigDecimal("0.01")));

        assertThat(asked).singleElement().asString().contains("more than the project's budget of $0.01");
        assertThat(results.summaryProperty().get()).isEqualTo("Not started: the estimate passes the budget of $0.01");
        assertThat(results.log()).anySatisfy(line -> assertThat(line).startsWith("Estimate: 3 calls, $0.03"));
        assertThat(calls).hasValue(0);
    }

    @Test
    void whenTheBudgetStopsARunTheSummarySaysWhyAndWhatItCost() throws Exception {
        ResultsViewModel results = viewModel();
        results.setConfirmOverBudget(message -> true);

        // $0.0215 admits two calls ($0.001 each, $0.02 reserved for each one's worst case) and stops at the third.
        runToEnd(results, project(new BigDecimal("0.0215")));

        assertThat(calls).hasValue(2);
        assertThat(results.summaryProperty().get()).startsWith("2 of 3 calls done")
                .contains("cost $0.002").contains("Stopped before the budget of $0.0215 would be passed");
    }

    private ResultsViewModel viewModel() {
        ProviderRegistry registry = new ProviderRegistry().register(model);
        TokenCounter tokens = new TokenCounter();
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null,
                new RunCosting(prices, tokens, new RunEstimator(new PromptRenderer(), tokens)));
        return new ResultsViewModel(evaluation, background, fx, new PromptRenderer());
    }

    private void runToEnd(ResultsViewModel results, Project project) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        fx.submit(() -> {
            results.setOnFinished(finished::countDown);
            results.start(dir, project, plan);
        }).get();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        fx.submit(() -> { }).get();
    }

    private Project project(BigDecimal budget) {
        Project base = Project.empty("budget").withPrompts(List.of(prompt)).withTests(tests);
        return base.withSettings(base.settings().withBudget(budget));
    }

    private static TestCase test(String id) {
        return new TestCase(id, Map.of("q", "question " + id), null, List.of(), null, null, null);
    }
}
