package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.Role;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.http.Endpoint;

/** Writes a {@link ChatRequest} as a Gemini {@code GenerateContentRequest} JSON body. */
final class GeminiRequestBody {

    private final ObjectMapper mapper;
    private final GeminiJsonOutput jsonOutput;

    GeminiRequestBody(ObjectMapper mapper) {
        this.mapper = mapper;
        this.jsonOutput = new GeminiJsonOutput(mapper);
    }

    ObjectNode write(ChatRequest request, Endpoint endpoint) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode contents = body.putArray("contents");
        ArrayNode systemParts = mapper.createArrayNode();
        for (ChatMessage message : request.messages()) {
            if (message.role() == Role.SYSTEM) {
                // Gemini has no system turn inside contents: every system message becomes one part
                // of systemInstruction, in order, wherever it stood in the conversation.
                systemParts.addObject().put("text", message.content());
            } else {
                ObjectNode turn = contents.addObject();
                turn.put("role", message.role() == Role.ASSISTANT ? "model" : "user");
                turn.putArray("parts").addObject().put("text", message.content());
            }
        }
        if (!systemParts.isEmpty()) {
            body.putObject("systemInstruction").set("parts", systemParts);
        }
        ObjectNode config = generationConfig(request.params());
        if (request.responseFormat() != null) {
            jsonOutput.addTo(config, request.responseFormat(), endpoint);
        }
        if (!config.isEmpty()) {
            body.set("generationConfig", config);
        }
        return body;
    }

    private ObjectNode generationConfig(ModelParams params) {
        ObjectNode config = mapper.createObjectNode();
        if (params.temperature() != null) {
            config.put("temperature", params.temperature());
        }
        if (params.topP() != null) {
            config.put("topP", params.topP());
        }
        if (params.maxTokens() != null) {
            config.put("maxOutputTokens", params.maxTokens());
        }
        // An empty list asks for nothing, so it is left out like an unset one.
        if (params.stop() != null && !params.stop().isEmpty()) {
            ArrayNode stops = config.putArray("stopSequences");
            params.stop().forEach(stops::add);
        }
        return config;
    }
}
