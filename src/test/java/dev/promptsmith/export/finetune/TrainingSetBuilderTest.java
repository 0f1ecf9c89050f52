package dev.promptsmith.export.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingSetBuilderTest {

    private final Project project = FinetuneFixtures.supportTriage();
    private final TrainingSetBuilder builder = new TrainingSetBuilder(new PromptRenderer());

    @Test
    void eachExampleBecomesSystemUserAndItsOutputAsTheAnswer() {
        PromptVariant prompt = project.prompt("triage-zero-shot").orElseThrow();
        TrainingSet set = builder.build(project, prompt, List.of());

        assertThat(set.refused()).isEmpty();
        assertThat(set.examples()).hasSize(project.examples().size());
        TrainingExample first = set.examples().get(0);
        Example ex = project.examples().get(0);
        assertThat(first.source()).isEqualTo("example " + ex.id());
        assertThat(first.messages()).containsExactly(ChatMessage.system(prompt.system()),
                ChatMessage.user("<ticket>\n" + ex.vars().get("ticket") + "\n</ticket>\n"), ChatMessage.assistant(ex.output()));
    }

    @Test
    void fewShotTurnsStayOutOfTrainingConversations() {
        TrainingSet set = builder.build(project, project.prompt("triage-few-shot").orElseThrow(), List.of());

        assertThat(set.examples()).allSatisfy(e -> assertThat(e.messages()).extracting(ChatMessage::role)
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT));
    }

    @Test
    void chosenPassingOutputsOfDevTestsAreAdded() {
        TrainingSet set = builder.build(project, project.prompt("triage-zero-shot").orElseThrow(),
                List.of(new PassingOutput("t-001", "billing"), new PassingOutput("t-002", "technical")));

        assertThat(set.examples()).extracting(TrainingExample::source).endsWith("test t-001", "test t-002");
        assertThat(set.examples().get(set.examples().size() - 1).messages().get(1).content())
                .contains(FinetuneFixtures.ticket(project, "t-002"));
    }

    @Test
    void heldOutTestCasesAreRefusedEvenWhenChosen() {
        List<PassingOutput> chosen = new ArrayList<>();
        FinetuneFixtures.HELD_OUT.forEach(id -> chosen.add(new PassingOutput(id, "billing")));
        chosen.add(new PassingOutput("t-003", "account"));

        TrainingSet set = builder.build(project, project.prompt("triage-cot").orElseThrow(), chosen);

        assertThat(set.refused()).extracting(Refusal::source).containsExactly("test t-018", "test t-020", "test t-021", "test t-024");
        assertThat(set.refused()).allSatisfy(r -> assertThat(r.reason()).contains("held out"));
        assertNoHeldOutInputIn(set);
    }

    @Test
    void anExampleThatCopiesAHeldOutInputIsRefused() {
        TestCase heldOut = project.test("t-021").orElseThrow();
        List<Example> examples = new ArrayList<>(project.examples());
        examples.add(new Example("ex-leak", heldOut.vars(), "shipping", List.of(), null));

        TrainingSet set = builder.build(project.withExamples(examples), project.prompt("triage-zero-shot").orElseThrow(), List.of());

        assertThat(set.refused()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("example ex-leak");
            assertThat(r.reason()).contains("held-out test case t-021");
        });
        assertNoHeldOutInputIn(set);
    }

    @Test
    void aDevTestWhoseRenderedInputIsAHeldOutOneIsRefused() {
        TestCase heldOut = project.test("t-024").orElseThrow();
        List<TestCase> tests = new ArrayList<>(project.tests());
        // Same ticket under another key order and an extra unused var: only the rendered turn gives it away.
        tests.add(new TestCase("t-copy", Map.of("unused", 1, "ticket", heldOut.vars().get("ticket")), "account", null, null,
                Split.DEV, null));

        TrainingSet set = builder.build(project.withTests(tests), project.prompt("triage-zero-shot").orElseThrow(),
                List.of(new PassingOutput("t-copy", "account")));

        assertThat(set.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("t-024"));
    }

    @Test
    void unknownTestsEmptyOutputsAndUnrenderableInputsAreRefusedWithTheReason() {
        List<Example> examples = List.of(new Example("ex-empty", Map.of("ticket", "x"), " ", List.of(), null),
                new Example("ex-novar", Map.of("other", "x"), "billing", List.of(), null));

        TrainingSet set = builder.build(project.withExamples(examples), project.prompt("triage-zero-shot").orElseThrow(),
                List.of(new PassingOutput("t-999", "billing")));

        assertThat(set.examples()).isEmpty();
        assertThat(set.refused()).extracting(Refusal::toString).containsExactly(
                "example ex-empty: it has no output to train on",
                set.refused().get(1).toString(),
                "test t-999: the project has no test case with this id");
        assertThat(set.refused().get(1).reason()).startsWith("the prompt does not render for it: messages[0]").contains("ticket");
    }

    private void assertNoHeldOutInputIn(TrainingSet set) {
        assertThat(set.examples()).isNotEmpty();
        for (TrainingExample example : set.examples()) {
            for (String id : FinetuneFixtures.HELD_OUT) {
                assertThat(example.messages()).extracting(ChatMessage::content)
                        .noneMatch(content -> content.contains(FinetuneFixtures.ticket(project, id)));
            }
        }
    }
}
