package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.dataset.AblationReport;
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
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.template.PromptRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few-shot ablation against a fake model that copies the examples it is shown: a good example
 * teaches it "billing", a bad one (answer "WRONG") derails it. So the bad example is harmful and the
 * best k is 1 (the good example alone).
 */
class FewShotAblationRunTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Provider model = new Provider() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(ChatRequest request, StreamListener l, CancelSignal cancel) {
            String shown = request.messages().stream().map(ChatMessage::content).reduce("", String::concat);
            String answer = shown.contains("WRONG") ? "other" : shown.contains("billing") ? "billing" : "other";
            return new ChatResponse(answer, new Usage(10, 1, 0, 0, 0, false), "stop", Duration.ofMillis(1), null, null);
        }
    };
    private final PromptVariant prompt = new PromptVariant("fs", "", TemplateSyntax.JINJA, "Route it.",
            List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), new FewShot(FewShotMode.TURNS, null, List.of()), null,
            ModelParams.NONE);
    private final List<Example> examples = List.of(
            new Example("ex-good", Map.of("ticket", "charged twice"), "billing", List.of(), null),
            new Example("ex-bad", Map.of("ticket", "app is slow"), "WRONG", List.of(), null));
    private final List<TestCase> tests = List.of(
            new TestCase("t1", Map.of("ticket", "card declined"), "billing", List.of(new Assertion("equals", null, null, null)),
                    null, null, null),
            new TestCase("t2", Map.of("ticket", "invoice missing"), "billing", List.of(new Assertion("equals", null, null, null)),
                    null, null, null));

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void eachExamplesContributionAndTheCurveComeFromOneStoredRun() throws Exception {
        Project project = Project.empty("ablate").withPrompts(List.of(prompt)).withExamples(examples).withTests(tests);
        ProviderRegistry registry = new ProviderRegistry().register(model);
        Evaluation evaluation = new Evaluation(new RunService(new PromptRenderer(), registry, workers), registry, null);

        FewShotAblationRun.Result result = new FewShotAblationRun(evaluation).run(dir, project, prompt,
                new ModelRef("m", "fake", "fake-1", null), List.of(0, 1), 1, 2, e -> { });

        // All examples: WRONG is shown, so "other" — 0. Without ex-good: still WRONG, 0. Without ex-bad: 1.
        assertThat(result.scores().fullScore()).isZero();
        assertThat(result.scores().withoutScores()).containsEntry("ex-good", 0.0).containsEntry("ex-bad", 1.0);
        assertThat(result.report().contributions()).extracting(AblationReport.Contribution::exampleId,
                AblationReport.Contribution::contribution).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ex-good", 0.0), org.assertj.core.groups.Tuple.tuple("ex-bad", -1.0));
        assertThat(result.report().harmful()).containsExactly("ex-bad");
        // k = 0: nothing shown, "other"; k = 1: ex-good alone, "billing"; all (2): derailed.
        assertThat(result.report().curve()).extracting(AblationReport.CurvePoint::k, AblationReport.CurvePoint::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0.0), org.assertj.core.groups.Tuple.tuple(1, 1.0),
                        org.assertj.core.groups.Tuple.tuple(2, 0.0));
        assertThat(result.report().bestK()).hasValue(1);
    }
}
