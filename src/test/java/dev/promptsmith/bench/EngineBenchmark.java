package dev.promptsmith.bench;

import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.Evaluation;
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
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The engine's overhead per call against a fake OpenAI-compatible server on loopback: wall time
 * against the latency-bound ideal (calls × latency ÷ concurrency), and the CPU time the run's
 * worker threads spend per call (rendering, HTTP, decoding, and whatever the run does per cell).
 * Usage: EngineBenchmark [calls] [concurrency] [latencyMs] [bare|scored|okhttp|socket] [rounds] [warmUpCalls].
 * After a warm-up (half as many calls by default: the JIT needs thousands of calls before the code
 * is compiled), {@code rounds} (5) rounds are measured and their median reported; {@code 1 200}
 * measures one run of a nearly cold JVM.
 * "scored" runs through
 * {@link Evaluation}: every cell is scored (an equals and a regex assertion), cached and stored in
 * SQLite, as a real evaluation does. Not a unit test; see docs/BENCHMARKS.md.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 50;
        boolean scored = args.length > 3 && args[3].equals("scored");
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : Math.max(200, calls / 2);
        if (args.length > 3 && args[3].equals("socket")) {
            RawSocketBaseline.run(calls, concurrency, latency, rounds, warmUp);
            return;
        }
        if (args.length > 3 && args[3].equals("okhttp")) {
            RawOkHttpBaseline.run(calls, concurrency, latency, rounds, warmUp);
            return;
        }
        java.nio.file.Path projectDir = Files.createTempDirectory("bench-project");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<Long, Thread> workerThreads = new ConcurrentHashMap<>();
        AtomicInteger names = new AtomicInteger();
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "run-" + names.incrementAndGet());
            t.setDaemon(true);
            workerThreads.put(t.getId(), t);
            return t;
        });
        try (FakeOpenAiServer server = new FakeOpenAiServer(latency)) {
            OkHttpClient client = new OkHttpClient.Builder()
                    .connectionPool(new ConnectionPool(concurrency * 2, 5, TimeUnit.MINUTES)).build();
            ProviderRegistry registry = new ProviderRegistry();
            new ProviderFactory(WireFormats.all(), new HttpTransport(client, RetryPolicy.DEFAULT, Sleeper.REAL),
                    new TokenCounter(), Timeouts.DEFAULT).registerAll(registry, List.of(new ProviderEntry("fake", "openai",
                    server.baseUrl(), List.of(), Map.of(), concurrency, null, null)), new KeyStore(Files.createTempDirectory("k"), n -> null));
            PromptVariant prompt = new PromptVariant("bench", "", TemplateSyntax.JINJA, "Route the ticket to one queue.",
                    List.of(new MessageTemplate(Role.USER, "<ticket>{{ ticket }}</ticket>")), null, null, ModelParams.NONE);
            ModelRef model = new ModelRef("fake", "fake", "gpt-4o-mini", null);
            RunService service = new RunService(new PromptRenderer(), registry, workers);
            Evaluation evaluation = scored ? new Evaluation(service, registry, null) : null;

            // Warm-up: JIT, connections, SQLite. The projects are built before the clock starts: loading
            // one is not part of running it.
            run(service, evaluation, projectDir, fixture(prompt, model, warmUp, concurrency, "w"));
            BenchRounds measured = new BenchRounds(scored ? "scored+stored" : "bare", calls, concurrency, latency);
            long failed = 0;
            for (int round = 0; round < rounds; round++) {
                Fixture fixture = fixture(prompt, model, calls, concurrency, "r" + round + "-");
                long cpuBefore = workerCpu(cpu, workerThreads);
                long processBefore = BenchRounds.clientProcessCpuNanos(server);
                long start = System.nanoTime();
                List<CellResult> results = run(service, evaluation, projectDir, fixture);
                measured.add(new BenchRounds.Round((System.nanoTime() - start) / 1e6,
                        (workerCpu(cpu, workerThreads) - cpuBefore) / 1e6,
                        (BenchRounds.clientProcessCpuNanos(server) - processBefore) / 1e6));
                failed += results.stream().filter(r -> !r.ok()).count();
            }
            measured.printSummary(" failed=" + failed);
        } finally {
            workers.shutdownNow();
        }
    }

    /** A project of {@code calls} test cases and the plan that calls each once. */
    private record Fixture(Project project, RunPlan plan) {
    }

    private static Fixture fixture(PromptVariant prompt, ModelRef model, int calls, int concurrency, String idPrefix) {
        List<TestCase> tests = IntStream.range(0, calls).mapToObj(i -> new TestCase(idPrefix + i,
                Map.of("ticket", "Ticket " + i + ": I was charged twice for my Hearthly Plus plan this month."),
                "billing", List.of(new dev.promptsmith.model.Assertion("equals", "billing", null, null),
                        new dev.promptsmith.model.Assertion("regex", "(?i)^\\s*billing\\s*$", null, null)),
                null, null, null)).toList();
        Project project = Project.empty("bench").withPrompts(List.of(prompt)).withTests(tests);
        // ignoreCache: every cell must really be called, or the benchmark would measure the cache.
        return new Fixture(project, new RunPlan(List.of(prompt), List.of(model), tests, 1, concurrency, true));
    }

    private static List<CellResult> run(RunService service, Evaluation evaluation, java.nio.file.Path projectDir,
                                        Fixture fixture) throws Exception {
        return evaluation == null
                ? service.start(fixture.project(), fixture.plan(), e -> { }).done().get(10, TimeUnit.MINUTES)
                : evaluation.start(projectDir, fixture.project(), fixture.plan(), e -> { }).finished()
                        .get(10, TimeUnit.MINUTES);
    }

    /** CPU time of the whole process: the fake server, GC and JIT threads and the store's writer included. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long workerCpu(ThreadMXBean cpu, Map<Long, Thread> threads) {
        long total = 0;
        for (long id : threads.keySet()) {
            long t = cpu.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }
}
