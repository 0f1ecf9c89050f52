package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.http.Endpoint;
import java.util.Locale;
import java.util.regex.Pattern;

/** Writes the JSON body of {@code POST /chat/completions}; unset parameters are left out. */
final class OpenAiRequestBody {

    static final String MAX_TOKENS = "max_tokens";
    static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";

    /**
     * o1, o3, o4 … and gpt-5 reasoning models refuse {@code max_tokens}. Matched on the last path
     * segment so that OpenRouter's {@code openai/o3-mini} counts, and after a fine-tune's {@code ft:}.
     */
    private static final Pattern REASONING_MODEL = Pattern.compile("^(o[1-9][0-9]*|gpt-5)([-.:_].*)?$");

    private final ObjectMapper mapper;
    private final OpenAiResponseFormat responseFormat;

    OpenAiRequestBody(ObjectMapper mapper) {
        this.mapper = mapper;
        this.responseFormat = new OpenAiResponseFormat(mapper);
    }

    ObjectNode write(Endpoint endpoint, ChatRequest request, boolean stream) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role().key()).put("content", message.content());
        }
        writeParams(body, request.params(), maxTokensField(endpoint, request.model()));
        if (request.responseFormat() != null) {
            body.set("response_format", responseFormat.write(endpoint, request.responseFormat()));
        }
        if (stream) {
            body.put("stream", true);
            if (Boolean.parseBoolean(endpoint.option(OpenAiEndpointOptions.STREAM_USAGE, "true"))) {
                // Without this OpenAI sends no usage at all while streaming.
                body.putObject("stream_options").put("include_usage", true);
            }
        }
        return body;
    }

    private static void writeParams(ObjectNode body, ModelParams params, String maxTokensField) {
        if (params.temperature() != null) {
            body.put("temperature", params.temperature());
        }
        if (params.topP() != null) {
            body.put("top_p", params.topP());
        }
        if (params.maxTokens() != null) {
            body.put(maxTokensField, params.maxTokens());
        }
        if (params.stop() != null && !params.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            params.stop().forEach(stop::add);
        }
    }

    /** The endpoint's {@code maxTokensField} option if set, else chosen from the model name. */
    static String maxTokensField(Endpoint endpoint, String model) {
        String configured = endpoint.option(OpenAiEndpointOptions.MAX_TOKENS_FIELD, null);
        if (MAX_TOKENS.equals(configured) || MAX_COMPLETION_TOKENS.equals(configured)) {
            return configured;
        }
        if (configured != null) {
            throw new IllegalArgumentException("Unknown maxTokensField option '" + configured + "'; expected "
                    + MAX_TOKENS + " or " + MAX_COMPLETION_TOKENS);
        }
        return isReasoningModel(model) ? MAX_COMPLETION_TOKENS : MAX_TOKENS;
    }

    static boolean isReasoningModel(String model) {
        if (model == null) {
            return false;
        }
        String name = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.startsWith("ft:")) {
            name = name.substring(3);
        }
        return REASONING_MODEL.matcher(name).matches();
    }
}
