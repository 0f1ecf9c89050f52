package dev.promptsmith.cost.finetune;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.tokens.TokenCount;
import dev.promptsmith.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the training set a project would give: each curated example and each passing dev output,
 * as the prompt renders it WITHOUT few-shot examples (a fine-tuned model has learnt them) followed by
 * the answer as the assistant turn. Held-out cases are never part of it.
 */
public final class TrainingSetEstimator {

    private final PromptRenderer renderer;
    private final TokenCounter tokens;

    public TrainingSetEstimator(PromptRenderer renderer, TokenCounter tokens) {
        this.renderer = renderer;
        this.tokens = tokens;
    }

    /**
     * @param model          the model to be fine-tuned, whose tokenizer counts the set
     * @param passingOutputs test id → an output that passed, one per case
     */
    public TrainingSet estimate(Project project, PromptVariant prompt, ModelRef model, Map<String, String> passingOutputs) {
        PromptVariant bare = prompt.withFewShot(FewShot.NONE);
        List<Integer> sizes = new ArrayList<>();
        int unrenderable = 0;
        int curated = 0;
        boolean exact = true;
        for (Example example : project.examples()) {
            Optional<TokenCount> count = count(bare, example.vars(), example.output(), model);
            if (count.isEmpty()) {
                unrenderable++;
                continue;
            }
            curated++;
            sizes.add(count.get().tokens());
            exact &= count.get().exact();
        }
        int passing = 0;
        int refused = 0;
        for (Map.Entry<String, String> entry : passingOutputs.entrySet()) {
            TestCase test = project.test(entry.getKey()).orElse(null);
            if (test == null) {
                continue;
            }
            if (test.split() == Split.HELDOUT) {
                refused++;
                continue;
            }
            Optional<TokenCount> count = count(bare, test.vars(), entry.getValue(), model);
            if (count.isEmpty()) {
                unrenderable++;
                continue;
            }
            passing++;
            sizes.add(count.get().tokens());
            exact &= count.get().exact();
        }
        long billing = sizes.stream().mapToLong(n -> Math.min(TrainingSet.MAX_TOKENS_PER_EXAMPLE, n)).sum();
        int truncated = (int) sizes.stream().filter(n -> n > TrainingSet.MAX_TOKENS_PER_EXAMPLE).count();
        int heldOut = (int) project.tests().stream().filter(t -> t.split() == Split.HELDOUT).count();
        return new TrainingSet(curated, passing, heldOut, refused, unrenderable, billing, truncated,
                TrainingSet.defaultEpochs(curated + passing), exact && !sizes.isEmpty());
    }

    private Optional<TokenCount> count(PromptVariant prompt, Map<String, Object> vars, String answer, ModelRef model) {
        RenderResult rendered = renderer.render(prompt, vars, List.of());
        if (!rendered.ok()) {
            return Optional.empty();
        }
        List<ChatMessage> messages = new ArrayList<>(rendered.messages());
        messages.add(ChatMessage.assistant(answer == null ? "" : answer));
        return Optional.of(tokens.count(model.provider(), model.model(), messages));
    }
}
