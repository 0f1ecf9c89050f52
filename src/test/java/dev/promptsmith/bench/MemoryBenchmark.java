package dev.promptsmith.bench;

import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.RunEvent;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.eval.RunService;
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
import dev.promptsmith.template.PromptRenderer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Heap in use (after a full GC) as a 10,000-cell scored run progresses, with every cell kept in
 * memory and with cells streamed to the store only. Each answer is 4 KB, so holding them shows.
 * Usage: MemoryBenchmark [cells] [retain|streaming]. Not a unit test; see docs/BENCHMARKS.md.
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean streaming = args.length > 1 && args[1].equals("streaming");
        String answer = "billing ".repeat(512);
        Provider fake = new Provider() {
            @Override
            public String id() {
                return "fake";
            }

            @Override
            public ChatResponse complete(dev.promptsmith.provider.ChatRequest r, dev.promptsmith.provider.StreamListener l,
                                         dev.promptsmith.provider.CancelSignal c) {
                // A new string per call, as a real answer is: one shared instance would hide the cost of holding them.
                return new ChatResponse(answer + r.messages().get(1).content(), new Usage(100, 1000, 0, 0, 0, false), "stop", Duration.ofMillis(1),
                        Duration.ofMillis(1), null);
            }
        };
        ProviderRegistry registry = new ProviderRegistry().register(fake);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Route it.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null, null, ModelParams.NONE);
        List<TestCase> tests = IntStream.range(0, cells).mapToObj(i -> new TestCase("t" + i, Map.of("ticket", "Ticket " + i),
                "billing", List.of(new Assertion("icontains", "billing", null, null)), null, null, null)).toList();
        Project project = Project.empty("memory").withPrompts(List.of(prompt)).withTests(tests);
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null);
        if (streaming) {
            evaluation.streaming();
        }
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicInteger done = new AtomicInteger();
        StringBuilder samples = new StringBuilder();
        Evaluation.Started run = evaluation.start(Files.createTempDirectory("mem"), project,
                new RunPlan(List.of(prompt), List.of(new ModelRef("m", "fake", "fake", null)), tests, 1, 8, true), e -> {
                    if (e instanceof RunEvent.CellFinished) {
                        int n = done.incrementAndGet();
                        if (n % (cells / 4) == 0) {
                            System.gc();
                            synchronized (samples) {
                                samples.append(String.format(" %d→%.1fMB", n, memory.getHeapMemoryUsage().getUsed() / 1e6));
                            }
                        }
                    }
                });
        var results = run.finished().get(10, TimeUnit.MINUTES);
        System.gc();
        System.out.printf("mode=%s cells=%d heap-after-gc at progress:%s | after run, results held: %d, heap %.1fMB%n",
                streaming ? "streaming" : "retain", cells, samples, results.size(),
                memory.getHeapMemoryUsage().getUsed() / 1e6);
        workers.shutdownNow();
    }
}
