package dev.promptsmith.template;

import dev.promptsmith.model.ChatMessage;
import java.util.List;

/**
 * The chat request a prompt variant renders to, or why it could not be rendered.
 *
 * @param messages the messages to send, in order; empty whenever {@code problems} is not, so a
 *                 half-rendered prompt is never sent by mistake
 * @param problems everything that went wrong, each with its part, line and column
 */
public record RenderResult(List<ChatMessage> messages, List<TemplateProblem> problems) {

    public RenderResult {
        problems = List.copyOf(problems);
        messages = problems.isEmpty() ? List.copyOf(messages) : List.of();
    }

    public static RenderResult failed(List<TemplateProblem> problems) {
        return new RenderResult(List.of(), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
