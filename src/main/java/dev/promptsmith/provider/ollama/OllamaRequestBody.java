package dev.promptsmith.provider.ollama;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;

/** Writes a {@link ChatRequest} as the JSON body of Ollama's {@code POST /api/chat}. */
final class OllamaRequestBody {

    private final ObjectMapper mapper;
    private final OllamaFormatField formatField;

    OllamaRequestBody(ObjectMapper mapper) {
        this.mapper = mapper;
        this.formatField = new OllamaFormatField(mapper);
    }

    ObjectNode write(ChatRequest request, boolean stream) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role().key()).put("content", message.content());
        }
        if (request.responseFormat() != null) {
            body.set("format", formatField.value(request.responseFormat()));
        }
        // Always explicit: Ollama streams when the field is missing.
        body.put("stream", stream);
        ObjectNode options = options(request.params());
        if (!options.isEmpty()) {
            body.set("options", options);
        }
        return body;
    }

    private ObjectNode options(ModelParams params) {
        ObjectNode options = mapper.createObjectNode();
        if (params.temperature() != null) {
            options.put("temperature", params.temperature());
        }
        if (params.topP() != null) {
            options.put("top_p", params.topP());
        }
        if (params.maxTokens() != null) {
            options.put("num_predict", params.maxTokens());
        }
        // An empty list asks for nothing, so it is left out like an unset one.
        if (params.stop() != null && !params.stop().isEmpty()) {
            ArrayNode stops = options.putArray("stop");
            params.stop().forEach(stops::add);
        }
        return options;
    }
}
