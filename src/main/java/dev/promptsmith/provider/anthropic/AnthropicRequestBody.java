package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.Role;
import dev.promptsmith.provider.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the JSON body of {@code POST /v1/messages} for a {@link ChatRequest} (reference §1.3, "Request").
 *
 * <p>System messages, wherever they stand, are joined with a blank line into the top-level
 * {@code system} string: the classic API version has no system role inside {@code messages}.
 *
 * <p>Consecutive user (or assistant) messages become ONE turn whose content is a list of text blocks,
 * one per message, in order. Older API versions reject turns that do not alternate; newer ones merge
 * such turns themselves. Merging here keeps every message's text exactly as written, without inventing
 * a separator, and gives the same request on every version. Other rules of the API (the first turn
 * must be a user turn, text must not be empty) are left to the server, whose 400 names the problem:
 * a final assistant turn, for one, is a legitimate prefill.
 *
 * <p>A {@link dev.promptsmith.provider.ResponseFormat} becomes one forced tool ({@link AnswerTool}); a
 * plain-text request sends no {@code tools}.
 */
final class AnthropicRequestBody {

    /**
     * Sent when the prompt sets no {@code max_tokens}, which the API requires. 4096 is the output limit
     * of the Claude 3 models, the lowest of any model the API serves, so every model accepts it; it is
     * long enough for most answers in a prompt workbench, and prompts that need more set {@code maxTokens}.
     */
    static final int DEFAULT_MAX_TOKENS = 4096;

    private static final String SYSTEM_SEPARATOR = "\n\n";

    private final ObjectMapper mapper;

    AnthropicRequestBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(ChatRequest request, boolean stream) {
        ModelParams params = request.params();
        ObjectNode body = mapper.createObjectNode();
        body.put("model", request.model());
        body.put("max_tokens", params.maxTokens() != null ? params.maxTokens() : DEFAULT_MAX_TOKENS);
        String system = systemText(request.messages());
        if (!system.isEmpty()) {
            body.put("system", system);
        }
        body.set("messages", turns(request.messages()));
        if (params.temperature() != null) {
            body.put("temperature", params.temperature());
        }
        if (params.topP() != null) {
            body.put("top_p", params.topP());
        }
        // An empty stop list sets nothing, so it is left out like an unset one.
        if (params.stop() != null && !params.stop().isEmpty()) {
            ArrayNode stops = body.putArray("stop_sequences");
            params.stop().forEach(stops::add);
        }
        if (request.responseFormat() != null) {
            AnswerTool.of(mapper, request.responseFormat()).writeTo(body);
        }
        if (stream) {
            body.put("stream", true);
        }
        return body;
    }

    private static String systemText(List<ChatMessage> messages) {
        return messages.stream()
                .filter(m -> m.role() == Role.SYSTEM && m.content() != null && !m.content().isEmpty())
                .map(ChatMessage::content)
                .collect(Collectors.joining(SYSTEM_SEPARATOR));
    }

    private ArrayNode turns(List<ChatMessage> messages) {
        ArrayNode turns = mapper.createArrayNode();
        List<String> run = new ArrayList<>();
        Role runRole = null;
        for (ChatMessage message : messages) {
            if (message.role() == Role.SYSTEM) {
                continue;
            }
            if (message.role() != runRole && runRole != null) {
                turns.add(turn(runRole, run));
                run = new ArrayList<>();
            }
            runRole = message.role();
            run.add(message.content() == null ? "" : message.content());
        }
        if (runRole != null) {
            turns.add(turn(runRole, run));
        }
        return turns;
    }

    /** A lone message keeps the plain string form; a merged run lists one text block per message. */
    private ObjectNode turn(Role role, List<String> texts) {
        ObjectNode turn = mapper.createObjectNode();
        turn.put("role", role.key());
        if (texts.size() == 1) {
            turn.put("content", texts.get(0));
            return turn;
        }
        ArrayNode blocks = turn.putArray("content");
        texts.forEach(text -> blocks.addObject().put("type", "text").put("text", text));
        return turn;
    }
}
