package dev.promptsmith.provider;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import java.util.List;

/** A provider-neutral chat request: the rendered messages plus the effective sampling parameters. */
public record ChatRequest(String model, List<ChatMessage> messages, ModelParams params) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (params == null) {
            params = ModelParams.NONE;
        }
    }
}
