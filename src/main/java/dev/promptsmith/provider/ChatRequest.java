package dev.promptsmith.provider;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import java.util.List;

/**
 * A provider-neutral chat request: the rendered messages plus the effective sampling parameters.
 *
 * @param responseFormat JSON output wanted (with or without a schema), or null for plain text
 * @param timeout the most the whole call may take, retries included (the project's
 *                {@code defaults.timeoutSeconds}); null for the provider's default
 */
public record ChatRequest(String model, List<ChatMessage> messages, ModelParams params, ResponseFormat responseFormat,
                          java.time.Duration timeout) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (params == null) {
            params = ModelParams.NONE;
        }
    }

    /** A plain-text request. */
    public ChatRequest(String model, List<ChatMessage> messages, ModelParams params) {
        this(model, messages, params, null, null);
    }

    /** A request with the provider's default timeout. */
    public ChatRequest(String model, List<ChatMessage> messages, ModelParams params, ResponseFormat responseFormat) {
        this(model, messages, params, responseFormat, null);
    }
}
