package dev.promptsmith.export.finetune;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds supervised training conversations from a prompt variant: each curated example (system prompt,
 * the example's user turn, the example's output as the answer), then each chosen passing output of a
 * dev test case. Held-out test cases never get in, whichever way they are offered.
 */
public final class TrainingSetBuilder {

    private final PromptRenderer renderer;
    private final TrainingPrompts prompts;

    public TrainingSetBuilder(PromptRenderer renderer) {
        this.renderer = renderer;
        this.prompts = new TrainingPrompts(renderer);
    }

    public TrainingSet build(Project project, PromptVariant prompt, List<PassingOutput> passing) {
        HeldOutGuard guard = new HeldOutGuard(project, prompt, renderer);
        List<TrainingExample> taken = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Example example : project.examples()) {
            add("example " + example.id(), prompt, example.vars(), example.output(), guard, taken, refused);
        }
        for (PassingOutput output : passing == null ? List.<PassingOutput>of() : passing) {
            String source = "test " + output.testId();
            Optional<TestCase> test = project.test(output.testId());
            Optional<String> heldOut = guard.refusesTest(output.testId());
            if (test.isEmpty()) {
                refused.add(new Refusal(source, "the project has no test case with this id"));
            } else if (heldOut.isPresent()) {
                refused.add(new Refusal(source, heldOut.get()));
            } else {
                add(source, prompt, test.get().vars(), output.output(), guard, taken, refused);
            }
        }
        return new TrainingSet(taken, refused);
    }

    private void add(String source, PromptVariant prompt, Map<String, Object> vars, String answer, HeldOutGuard guard,
                     List<TrainingExample> taken, List<Refusal> refused) {
        if (answer == null || answer.isBlank()) {
            refused.add(new Refusal(source, "it has no output to train on"));
            return;
        }
        RenderResult conversation = prompts.conversation(prompt, vars, answer);
        if (!conversation.ok()) {
            refused.add(new Refusal(source, "the prompt does not render for it: " + conversation.problems().get(0)));
            return;
        }
        Optional<String> heldOut = guard.refusesInput(vars, conversation.messages());
        if (heldOut.isPresent()) {
            refused.add(new Refusal(source, heldOut.get()));
            return;
        }
        taken.add(new TrainingExample(source, conversation.messages()));
    }
}
