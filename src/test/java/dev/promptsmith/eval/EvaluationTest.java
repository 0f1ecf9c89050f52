package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
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
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunStatus;
import dev.promptsmith.store.StoredCell;
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

/** Scored runs kept in the store: scores, cache hits, resume of the missing cells only. */
class EvaluationTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    /** Answers "billing" to every ticket that mentions a charge, else "technical". */
    private final Provider model = new Provider() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(dev.promptsmith.provider.ChatRequest request, dev.promptsmith.provider.StreamListener l,
                                     dev.promptsmith.provider.CancelSignal cancel) {
            calls.incrementAndGet();
            String text = request.messages().get(1).content().contains("charged") ? "billing" : "technical";
            return new ChatResponse(text, new Usage(20, 1, 0, 0, 0, false), "stop", Duration.ofMillis(5), Duration.ofMillis(2), null);
        }
    };
    private final PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Route it.",
            List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null, null, ModelParams.NONE);
    private final ModelRef ref = new ModelRef("m", "fake", "fake-1", null);
    private final List<TestCase> tests = List.of(
            test("t1", "I was charged twice", "billing"),
            test("t2", "The app crashes", "technical"),
            test("t3", "I was charged for nothing", "refund"));
    private final Project project = Project.empty("eval").withPrompts(List.of(prompt)).withTests(tests);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void everyCellIsScoredAndStored() throws Exception {
        Evaluation.Started run = evaluation().start(dir, project, new RunPlan(prompt, List.of(ref), tests, 2), e -> { });
        List<CellResult> results = run.handle().done().get(10, TimeUnit.SECONDS);

        assertThat(results).extracting(r -> r.score().pass()).containsExactly(true, true, false);
        assertThat(results.get(2).score().results().get(0).reason()).contains("refund");
        waitForFinish(run.runId());
        try (ResultsStore store = ResultsStore.open(dir); var cells = store.cells(run.runId())) {
            List<StoredCell> stored = cells.toList();
            assertThat(stored).hasSize(3);
            assertThat(stored).filteredOn(StoredCell::pass).hasSize(2);
            assertThat(store.runs().get(0).status()).isEqualTo(RunStatus.FINISHED);
        }
    }

    @Test
    void aStreamingRunKeepsNoCellsInMemoryButStoresThemAll() throws Exception {
        ProviderRegistry registry = new ProviderRegistry().register(model);
        Evaluation streaming = new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null).streaming();
        AtomicInteger finishedEvents = new AtomicInteger();

        Evaluation.Started run = streaming.start(dir, project, new RunPlan(prompt, List.of(ref), tests, 2), e -> {
            if (e instanceof RunEvent.CellFinished) {
                finishedEvents.incrementAndGet();
            }
        });

        assertThat(run.finished().get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(finishedEvents).hasValue(3);
        try (ResultsStore store = ResultsStore.open(dir); var cells = store.cells(run.runId())) {
            assertThat(cells.count()).isEqualTo(3);
        }
    }

    @Test
    void aChainOfThoughtPromptIsScoredOnTheAnswerItExtracts() throws Exception {
        Provider reasoning = new Provider() {
            @Override
            public String id() {
                return "fake";
            }

            @Override
            public ChatResponse complete(dev.promptsmith.provider.ChatRequest request, dev.promptsmith.provider.StreamListener l,
                                         dev.promptsmith.provider.CancelSignal cancel) {
                return new ChatResponse("The customer mentions a charge, so this is about money.\n<label>billing</label>",
                        new Usage(20, 12, 0, 0, 0, false), "stop", Duration.ofMillis(5), Duration.ofMillis(2), null);
            }
        };
        PromptVariant cot = new PromptVariant("cot", "", TemplateSyntax.JINJA, "Reason, then answer in <label> tags.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null,
                new dev.promptsmith.model.OutputSpec(null, null, new dev.promptsmith.model.AnswerExtraction("xml", "label")),
                ModelParams.NONE);
        ProviderRegistry registry = new ProviderRegistry().register(reasoning);
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null);

        List<CellResult> results = evaluation.start(dir, project.withPrompts(List.of(cot)),
                new RunPlan(cot, List.of(ref), tests.subList(0, 1), 1), e -> { }).finished().get(10, TimeUnit.SECONDS);

        assertThat(results.get(0).score().pass()).isTrue();
    }

    @Test
    void anUnchangedRunIsAnsweredFromTheCache() throws Exception {
        evaluation().start(dir, project, new RunPlan(prompt, List.of(ref), tests, 2), e -> { }).handle().done().get(10, TimeUnit.SECONDS);
        assertThat(calls).hasValue(3);

        List<CellResult> again = evaluation().start(dir, project, new RunPlan(prompt, List.of(ref), tests, 2), e -> { })
                .handle().done().get(10, TimeUnit.SECONDS);

        assertThat(calls).hasValue(3);
        assertThat(again).allMatch(CellResult::cacheHit);
        assertThat(again).extracting(r -> r.score().pass()).containsExactly(true, true, false);

        RunPlan ignoring = new RunPlan(List.of(prompt), List.of(ref), tests, 1, 2, true);
        evaluation().start(dir, project, ignoring, e -> { }).handle().done().get(10, TimeUnit.SECONDS);
        assertThat(calls).hasValue(6);
    }

    @Test
    void repeatsAreCachedApart() throws Exception {
        RunPlan threeRepeats = new RunPlan(List.of(prompt), List.of(ref), tests, 3, 2, false);
        evaluation().start(dir, project, threeRepeats, e -> { }).handle().done().get(10, TimeUnit.SECONDS);
        assertThat(calls).hasValue(9);
        evaluation().start(dir, project, threeRepeats, e -> { }).handle().done().get(10, TimeUnit.SECONDS);
        assertThat(calls).hasValue(9);
    }

    @Test
    void resumeCallsOnlyTheMissingCells() throws Exception {
        RunPlan plan = new RunPlan(List.of(prompt), List.of(ref), tests, 1, 1, true);
        Evaluation.Started first = evaluation().start(dir, project,
                new RunPlan(List.of(prompt), List.of(ref), tests.subList(0, 1), 1, 1, true), e -> { });
        first.handle().done().get(10, TimeUnit.SECONDS);
        waitForFinish(first.runId());
        assertThat(calls).hasValue(1);

        Evaluation.Started resume = evaluation().resume(dir, project, plan, first.runId(), e -> { });
        List<CellResult> resumed = resume.handle().done().get(10, TimeUnit.SECONDS);

        assertThat(calls).hasValue(3);
        assertThat(resumed).extracting(r -> r.key().testId()).containsExactly("t2", "t3");
        // The run's status was final before the resume, so wait for the resume itself to be stored.
        resume.finished().get(10, TimeUnit.SECONDS);
        try (ResultsStore store = ResultsStore.open(dir); var cells = store.cells(first.runId())) {
            assertThat(cells.map(c -> c.key().testId()).sorted().toList()).containsExactly("t1", "t2", "t3");
        }
    }

    @Test
    void aCacheThatCannotBeOpenedStopsTheStartAndLetsGoOfTheResults() throws Exception {
        java.nio.file.Path cache = dev.promptsmith.store.ResponseCache.fileOf(dir);
        java.nio.file.Files.createDirectories(cache.getParent());
        java.nio.file.Files.writeString(cache, "not a database, whatever its name says");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> evaluation().start(dir, project, new RunPlan(prompt, List.of(ref), tests, 2), e -> { }))
                .isInstanceOf(dev.promptsmith.store.StoreException.class).hasMessageContaining("cache.db");

        assertThat(calls).hasValue(0);
        assertThat(openFilesNamed("results.db")).isZero();
    }

    /** Descriptors of this process open on a file of that name (Linux; elsewhere the check is skipped). */
    private static long openFilesNamed(String name) throws java.io.IOException {
        java.nio.file.Path fds = java.nio.file.Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(fds), "needs /proc");
        try (var links = java.nio.file.Files.list(fds)) {
            return links.filter(link -> {
                try {
                    return java.nio.file.Files.readSymbolicLink(link).getFileName().toString().equals(name);
                } catch (java.io.IOException | RuntimeException e) {
                    return false; // a descriptor closed while listing
                }
            }).count();
        }
    }

    private Evaluation evaluation() {
        ProviderRegistry registry = new ProviderRegistry().register(model);
        return new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null);
    }

    /** The store is closed by the run's completion callback; wait until the run's status is final. */
    private void waitForFinish(long runId) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (ResultsStore store = ResultsStore.open(dir)) {
                if (store.runs().stream().anyMatch(r -> r.id() == runId && r.status() != RunStatus.RUNNING)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

    private static TestCase test(String id, String ticket, String label) {
        return new TestCase(id, Map.of("ticket", ticket), label,
                List.of(new Assertion("equals", label, null, null)), null, null, null);
    }
}
