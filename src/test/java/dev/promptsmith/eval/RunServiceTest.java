package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.echo.EchoProvider;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunServiceTest {

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Classify.",
            List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}")), null, null, ModelParams.NONE);
    private final List<TestCase> tests = List.of(test("t1", "refund please"), test("t2", "app crashes"),
            test("t3", "login fails"));
    private final ModelRef echo = ModelRef.echo();

    @AfterEach
    void shutdown() {
        workers.shutdownNow();
    }

    @Test
    void runsEveryCellAndReportsEvents() throws Exception {
        ModelRef echo2 = new ModelRef("echo-2", "echo", "echo", null);
        RunService service = service(new ProviderRegistry().register(new EchoProvider(new TokenCounter())));
        ConcurrentLinkedQueue<RunEvent> events = new ConcurrentLinkedQueue<>();

        List<CellResult> results = service.start(project(), new RunPlan(prompt, List.of(echo, echo2), tests, 2), events::add)
                .done().get(10, TimeUnit.SECONDS);

        assertThat(results).hasSize(6).allMatch(CellResult::ok);
        assertThat(results.get(0).output()).isEqualTo("[system]\nClassify.\n\n[user]\nTicket: refund please");
        assertThat(events).filteredOn(e -> e instanceof RunEvent.CellFinished).hasSize(6);
        assertThat(events).last().isEqualTo(new RunEvent.RunFinished(6, 0, false));
    }

    @Test
    void promptVariantsTimesModelsTimesRepeatsGiveOneCellEach() throws Exception {
        PromptVariant other = prompt.withName("q").withSystem("Classify briefly.");
        RunPlan plan = new RunPlan(List.of(prompt, other), List.of(echo), tests, 3, 4, false);

        List<CellResult> results = service(new ProviderRegistry().register(new EchoProvider(new TokenCounter())))
                .start(project(), plan, e -> { }).done().get(10, TimeUnit.SECONDS);

        assertThat(plan.columns()).extracting(RunPlan.Column::id).containsExactly("p × echo", "q × echo");
        assertThat(results).hasSize(2 * 3 * 3).allMatch(CellResult::ok);
        assertThat(results).extracting(r -> r.key().repeat()).containsOnly(0, 1, 2);
        assertThat(results).filteredOn(r -> r.key().column().equals("q × echo"))
                .allMatch(r -> r.output().startsWith("[system]\nClassify briefly."));
    }

    @Test
    void neverRunsMoreCallsAtOnceThanTheConcurrencyLimit() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Provider slow = provider("echo", request -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(30);
            inFlight.decrementAndGet();
            return ok("x");
        });
        List<TestCase> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> test("t" + i, "v")).toList();

        service(new ProviderRegistry().register(slow)).start(project(), new RunPlan(prompt, List.of(echo), many, 3), e -> { })
                .done().get(10, TimeUnit.SECONDS);

        assertThat(peak.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
    }

    @Test
    void oneFailingCellDoesNotStopTheOthers() throws Exception {
        Provider flaky = provider("echo", request -> request.messages().get(1).content().contains("crash")
                ? ChatResponse.failed(new ProviderError(ProviderError.Kind.SERVER, 500, "Internal server error", true), "", Duration.ZERO)
                : ok("fine"));

        List<CellResult> results = service(new ProviderRegistry().register(flaky))
                .start(project(), new RunPlan(prompt, List.of(echo), tests, 1), e -> { }).done().get(10, TimeUnit.SECONDS);

        assertThat(results).extracting(CellResult::ok).containsExactly(true, false, true);
        assertThat(results.get(1).errorMessage()).isEqualTo("Internal server error");
    }

    @Test
    void undefinedVariableFailsTheCellWithoutCallingTheModel() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Provider counting = provider("echo", request -> {
            calls.incrementAndGet();
            return ok("x");
        });
        TestCase missing = new TestCase("t-missing", Map.of("other", "v"), null, null, null, null, null);

        List<CellResult> results = service(new ProviderRegistry().register(counting))
                .start(project(), new RunPlan(prompt, List.of(echo), List.of(missing), 1), e -> { }).done().get(10, TimeUnit.SECONDS);

        assertThat(calls).hasValue(0);
        assertThat(results.get(0).ok()).isFalse();
        assertThat(results.get(0).errorMessage()).contains("ticket").contains("1:");
    }

    @Test
    void unknownProviderIsAnErrorOnItsCells() throws Exception {
        ModelRef gpt = new ModelRef("gpt", "openai", "gpt-4o-mini", null);
        List<CellResult> results = service(new ProviderRegistry())
                .start(project(), new RunPlan(prompt, List.of(gpt), tests, 2), e -> { }).done().get(10, TimeUnit.SECONDS);
        assertThat(results).hasSize(3).noneMatch(CellResult::ok);
        assertThat(results.get(0).errorMessage()).contains("No provider named 'openai'");
    }

    @Test
    void cancelKeepsFinishedCellsAndSkipsTheRest() throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Provider gated = provider("echo", request -> {
            if (firstDone.getCount() == 0) {
                await(release);
            }
            firstDone.countDown();
            return ok("done");
        });
        List<TestCase> many = java.util.stream.IntStream.range(0, 20).mapToObj(i -> test("t" + i, "v")).toList();
        RunHandle handle = service(new ProviderRegistry().register(gated))
                .start(project(), new RunPlan(prompt, List.of(echo), many, 1), e -> { });
        firstDone.await(5, TimeUnit.SECONDS);
        handle.cancel();
        release.countDown();

        List<CellResult> results = handle.done().get(10, TimeUnit.SECONDS);
        assertThat(results.size()).isBetween(1, 2);
        assertThat(results.get(0).output()).isEqualTo("done");
    }

    @Test
    void jsonPromptsAskForStructuredOutputWithTheProjectsSchema() throws Exception {
        java.util.concurrent.atomic.AtomicReference<dev.promptsmith.provider.ChatRequest> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Provider capturing = provider("echo", request -> {
            seen.set(request);
            return ok("{}");
        });
        PromptVariant json = new PromptVariant("extract", "", TemplateSyntax.JINJA, "Extract.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null,
                new dev.promptsmith.model.OutputSpec(dev.promptsmith.model.OutputFormat.JSON, "schemas/invoice.json"), null);
        String schema = "{\"type\":\"object\",\"required\":[\"total\"]}";
        Project project = new Project(project().settings(), List.of(json), List.of(), tests,
                Map.of("schemas/invoice.json", schema));

        service(new ProviderRegistry().register(capturing))
                .start(project, new RunPlan(json, List.of(echo), tests.subList(0, 1), 1), e -> { }).done().get(10, TimeUnit.SECONDS);

        assertThat(seen.get().responseFormat()).isEqualTo(new dev.promptsmith.provider.ResponseFormat("invoice", schema));
        assertThat(CellRequests.responseFormat(project, prompt)).isNull();
    }

    @Test
    void emptyPlanFinishesAtOnce() throws Exception {
        ConcurrentLinkedQueue<RunEvent> events = new ConcurrentLinkedQueue<>();
        List<CellResult> results = service(new ProviderRegistry())
                .start(project(), new RunPlan(prompt, List.of(echo), List.of(), 2), events::add).done().get(5, TimeUnit.SECONDS);
        assertThat(results).isEmpty();
        assertThat(events).containsExactly(new RunEvent.RunFinished(0, 0, false));
    }

    private RunService service(ProviderRegistry registry) {
        return new RunService(new PromptRenderer(), registry, workers);
    }

    private Project project() {
        return Project.empty("test").withPrompts(List.of(prompt)).withTests(tests);
    }

    private static TestCase test(String id, String ticket) {
        return new TestCase(id, Map.of("ticket", ticket), null, null, null, null, null);
    }

    private static ChatResponse ok(String text) {
        return new ChatResponse(text, Usage.estimated(1, 1), "stop", Duration.ofMillis(1), Duration.ofMillis(1), null);
    }

    private static Provider provider(String id, java.util.function.Function<dev.promptsmith.provider.ChatRequest, ChatResponse> answer) {
        return new Provider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public ChatResponse complete(dev.promptsmith.provider.ChatRequest request,
                                         dev.promptsmith.provider.StreamListener listener,
                                         dev.promptsmith.provider.CancelSignal cancel) {
                return answer.apply(request);
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
