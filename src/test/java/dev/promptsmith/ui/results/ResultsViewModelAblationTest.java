package dev.promptsmith.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.RunService;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run → Few-shot Ablation: the view model runs it in the background and reports each example's worth. */
class ResultsViewModelAblationTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    /** Copies the examples it is shown: "billing" from the good one, derailed by the bad one's "WRONG". */
    private final Provider model = new Provider() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(dev.promptsmith.provider.ChatRequest request, dev.promptsmith.provider.StreamListener l,
                                     dev.promptsmith.provider.CancelSignal cancel) {
            String shown = request.messages().stream().map(ChatMessage::content).reduce("", String::concat);
            String answer = shown.contains("WRONG") ? "other" : shown.contains("billing") ? "billing" : "other";
            return new ChatResponse(answer, new Usage(10, 1, 0, 0, 0, false), "stop", Duration.ofMillis(1), null, null);
        }
    };

    @AfterEach
    void stop() {
        workers.shutdownNow();
        background.shutdownNow();
        fx.shutdownNow();
    }

    @Test
    void theReportFlagsTheHarmfulExampleAndTheBestK() throws Exception {
        PromptVariant prompt = new PromptVariant("fs", "", TemplateSyntax.JINJA, "Route it.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), new FewShot(FewShotMode.TURNS, null, List.of()),
                null, ModelParams.NONE);
        Project project = Project.empty("ablate").withPrompts(List.of(prompt)).withExamples(List.of(
                new Example("ex-good", Map.of("ticket", "charged twice"), "billing", List.of(), null),
                new Example("ex-bad", Map.of("ticket", "app is slow"), "WRONG", List.of(), null))).withTests(List.of(
                new TestCase("t1", Map.of("ticket", "card declined"), "billing",
                        List.of(new Assertion("equals", null, null, null)), null, null, null)));
        ProviderRegistry registry = new ProviderRegistry().register(model);
        ResultsViewModel results = new ResultsViewModel(new Evaluation(new RunService(new PromptRenderer(), registry, workers),
                registry, null), background, fx, new PromptRenderer());
        List<String> reported = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        fx.submit(() -> results.ablate(dir, project, prompt, new ModelRef("m", "fake", "fake-1", null), List.of(0, 1),
                lines -> {
                    reported.addAll(lines);
                    done.countDown();
                })).get();

        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(reported.get(0)).startsWith("Ablation of fs on m (run 1): all 2 examples score 0.000");
        assertThat(reported).anySatisfy(l -> assertThat(l).contains("ex-bad").contains("contribution -1.000")
                .contains("harmful"));
        assertThat(reported).contains("  The fewest examples that reach the best score: k = 1");
        fx.submit(() -> assertThat(results.log()).containsAll(reported)).get();
    }
}
