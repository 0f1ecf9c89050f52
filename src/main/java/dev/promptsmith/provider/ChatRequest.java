package dev.promptsmith.provider;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import java.util.List;

/**
 * A provider-neutral chat request: the rendered messages plus the effective sampling parameters.
 *
 * @param responseFormat JSON output wanted (with or without a schema), or null for plain text
 */
public record ChatRequest(String model, List<ChatMessage> messages, ModelParams params, ResponseFormat responseFormat) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (params == null) {
            params = ModelParams.NONE;
        }
    }

    /** A plain-text request. */
    public ChatRequest(String model, List<ChatMessage> messages, ModelParams params) {
        this(model, messages, params, null);
    }
}
