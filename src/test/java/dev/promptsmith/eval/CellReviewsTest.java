package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.HumanReview;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.ReviewKey;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import dev.promptsmith.template.PromptRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews are kept by output, re-score a cell with a human check, and carry over to the same answer in a later run. */
class CellReviewsTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    private final Provider model = new Provider() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(dev.promptsmith.provider.ChatRequest request, dev.promptsmith.provider.StreamListener l,
                                     dev.promptsmith.provider.CancelSignal cancel) {
            calls.incrementAndGet();
            return new ChatResponse("A polite reply.", new Usage(10, 4, 0, 0, 0, false), "stop", Duration.ofMillis(5),
                    null, null);
        }
    };
    private final PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Reply politely.",
            List.of(new MessageTemplate(Role.USER, "{{ q }}")), null, null, ModelParams.NONE);
    private final ModelRef ref = new ModelRef("m", "fake", "fake-1", null);
    // Weighted: the rubric-like contains check counts once, the person's verdict twice.
    private final TestCase test = new TestCase("t1", Map.of("q", "hello"), null, List.of(
            new Assertion("contains", "polite", 1.0, null), new Assertion("human", null, 2.0, null)), null, null, null);
    private final Project project = Project.empty("reviews").withPrompts(List.of(prompt)).withTests(List.of(test));

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aReviewRescoresTheCellAndKeepsTheOtherResults() throws Exception {
        long runId = run();
        StoredCellKey key = new StoredCellKey("t1", PromptVersions.hash(prompt), "m", 0);
        try (ResultsStore store = ResultsStore.open(dir)) {
            StoredCell before = store.cell(runId, key).orElseThrow();
            assertThat(before.pass()).isFalse();
            assertThat(before.assertions().get(1).reason()).isEqualTo("Awaiting human review");

            StoredCell after = new CellReviews(AssertionRegistry.standard())
                    .review(store, project, runId, key, new HumanReview(true, null, "good"));

            // (1 × 1 + 2 × 1) / 3 = 1
            assertThat(after.pass()).isTrue();
            assertThat(after.score()).isEqualTo(1.0);
            assertThat(after.assertions().get(0).reason()).isEqualTo(before.assertions().get(0).reason());
            assertThat(after.assertions().get(1).reason()).isEqualTo("Reviewer gave thumbs up: 'good'");
            assertThat(store.cell(runId, key).orElseThrow().pass()).isTrue();
            assertThat(store.review(ReviewKey.of(key, "A polite reply."))).contains(new HumanReview(true, null, "good"));

            StoredCell down = new CellReviews(AssertionRegistry.standard())
                    .review(store, project, runId, key, new HumanReview(null, 0.25, ""));
            // (1 × 1 + 2 × 0.25) / 3 = 0.5, and the human check fails below 0.5
            assertThat(down.pass()).isFalse();
            assertThat(down.score()).isEqualTo(0.5);
        }
    }

    @Test
    void theSameAnswerInALaterRunKeepsItsReview() throws Exception {
        long first = run();
        StoredCellKey key = new StoredCellKey("t1", PromptVersions.hash(prompt), "m", 0);
        try (ResultsStore store = ResultsStore.open(dir)) {
            new CellReviews(AssertionRegistry.standard()).review(store, project, first, key, new HumanReview(true, null, ""));
        }
        long second = run();
        try (ResultsStore store = ResultsStore.open(dir)) {
            assertThat(store.cell(second, key).orElseThrow().pass()).isTrue();
        }
        assertThat(calls).hasValue(2);
    }

    private long run() throws Exception {
        ProviderRegistry registry = new ProviderRegistry().register(model);
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null);
        Evaluation.Started started = evaluation.start(dir, project, new RunPlan(List.of(prompt), List.of(ref),
                List.of(test), 1, 1, true), e -> { });
        started.finished().get(10, TimeUnit.SECONDS);
        return started.runId();
    }
}
