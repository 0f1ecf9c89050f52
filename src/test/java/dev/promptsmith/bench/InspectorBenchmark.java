package dev.promptsmith.bench;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.inspector.InspectorViewModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * How long after the last keystroke the inspector shows the new variables, request and token
 * counts (goal: within 300 ms). Each round changes the prompt on the FX thread, as typing does,
 * and times until the rendered request holds the change. Runs headless (Monocle). Not a unit
 * test; see docs/BENCHMARKS.md. Usage: InspectorBenchmark [rounds].
 */
public final class InspectorBenchmark {

    private InspectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Project project = new ProjectLoader().load(Path.of("sample-projects", "support-triage")).project();
        PromptVariant base = project.prompt("triage-few-shot").orElseThrow();
        BackgroundTasks tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(), Platform::runLater);
        InspectorViewModel inspector = new InspectorViewModel(new PromptRenderer(), new TemplateAnalyzer(),
                new TokenCounter(), tasks);
        List<ModelRef> models = List.of(ModelRef.echo(), new ModelRef("gpt", "openai", "gpt-4o-mini", null),
                new ModelRef("claude", "anthropic", "claude-3-5-haiku-latest", null));
        Platform.runLater(() -> {
            inspector.examplesProperty().set(project.examples());
            inspector.testProperty().set(project.tests().get(0));
            inspector.models().setAll(models);
        });
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds + 1; i++) {
            String marker = "Round " + i + ".";
            CountDownLatch shown = new CountDownLatch(1);
            long[] start = new long[1];
            Platform.runLater(() -> {
                inspector.requestProperty().addListener((o, old, now) -> {
                    if (now.contains(marker)) {
                        shown.countDown();
                    }
                });
                start[0] = System.nanoTime();
                inspector.promptProperty().set(base.withSystem(base.system() + "\n" + marker));
            });
            if (!shown.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the inspector never showed round " + i);
            }
            double ms = (System.nanoTime() - start[0]) / 1e6;
            if (i == 0) {
                System.out.printf("first refresh (loads Jinjava and the o200k vocabulary): %.0f ms%n", ms);
            } else {
                millis[i - 1] = ms;
            }
        }
        Arrays.sort(millis);
        System.out.printf("rounds=%d median=%.0f ms p95=%.0f ms max=%.0f ms (debounce %d ms included)%n", rounds,
                millis[rounds / 2], millis[(int) Math.ceil(rounds * 0.95) - 1], millis[rounds - 1], 150);
        Platform.exit();
        System.exit(0);
    }
}
