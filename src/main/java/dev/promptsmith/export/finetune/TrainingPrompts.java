package dev.promptsmith.export.finetune;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a prompt variant for training: the system prompt and the variant's messages for one input,
 * without few-shot examples. Fine-tuning teaches what the examples showed, and an example must never
 * appear in its own training conversation.
 */
final class TrainingPrompts {

    private final PromptRenderer renderer;

    TrainingPrompts(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    static PromptVariant withoutExamples(PromptVariant prompt) {
        return prompt.withFewShot(FewShot.NONE);
    }

    /** The rendered conversation plus {@code answer} as the assistant turn, or the render problems. */
    RenderResult conversation(PromptVariant prompt, Map<String, Object> vars, String answer) {
        RenderResult rendered = renderer.render(withoutExamples(prompt), vars, List.of());
        if (!rendered.ok()) {
            return rendered;
        }
        List<ChatMessage> messages = new ArrayList<>(rendered.messages());
        messages.add(ChatMessage.assistant(answer));
        return new RenderResult(messages, List.of());
    }
}
