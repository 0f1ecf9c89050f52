package dev.promptsmith.ui.examples;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.tokens.TokenCount;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.ValueText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tokens one few-shot example adds to a request: its user turn (the prompt's user template rendered
 * with the example's vars) and its assistant turn (the output), counted for a model, framing included.
 * Plain Java and thread-safe, for a background thread.
 */
final class ExampleTokens {

    private final TokenCounter counter;
    private final PromptRenderer renderer;

    ExampleTokens(TokenCounter counter, PromptRenderer renderer) {
        this.counter = counter;
        this.renderer = renderer;
    }

    /**
     * The count is exact only when the model's tokenizer is known and the prompt renders the example;
     * without a prompt (or with one that cannot render it) the turns are the example's own texts, an estimate.
     */
    TokenCount added(Example example, PromptVariant prompt, ModelRef model) {
        List<ChatMessage> rendered = rendered(example, prompt);
        List<ChatMessage> turns = rendered != null ? rendered : List.of(
                ChatMessage.user(example.vars().values().stream().map(ValueText::of).collect(Collectors.joining("\n"))),
                ChatMessage.assistant(example.output() == null ? "" : example.output()));
        TokenCount with = counter.count(model.provider(), model.model(), turns);
        // The request's own framing (reply priming) is there without the example too.
        TokenCount without = counter.count(model.provider(), model.model(), List.of());
        return new TokenCount(with.tokens() - without.tokens(), with.exact() && rendered != null, with.method());
    }

    /** The example's turns as {@code prompt} renders them whatever its few-shot mode, or null when it cannot. */
    private List<ChatMessage> rendered(Example example, PromptVariant prompt) {
        if (prompt == null) {
            return null;
        }
        PromptVariant alone = prompt.withFewShot(new FewShot(FewShotMode.TURNS, null, List.of(example.id())));
        RenderResult result = renderer.fewShotTurns(alone, List.of(example));
        return result.ok() && !result.messages().isEmpty() ? result.messages() : null;
    }
}
