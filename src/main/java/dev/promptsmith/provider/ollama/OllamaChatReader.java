package dev.promptsmith.provider.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;

/** Reads Ollama {@code /api/chat} objects (stream lines and whole responses) into {@link OllamaChunk}s. */
final class OllamaChatReader {

    private final ObjectMapper mapper;

    OllamaChatReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses {@code json}, which must be one JSON object; {@code where} names it in the exception. */
    JsonNode parse(String json, String where) throws MalformedResponseException {
        try {
            JsonNode root = mapper.readTree(json);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonProcessingException notJson) {
            throw new MalformedResponseException(expected(where, json), notJson);
        }
        throw new MalformedResponseException(expected(where, json));
    }

    OllamaChunk read(JsonNode root) {
        JsonNode error = root.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            return new OllamaChunk("", false, null, null, error.isTextual() ? error.asText() : error.toString());
        }
        boolean done = root.path("done").asBoolean(false);
        String text = root.path("message").path("content").asText("");
        return new OllamaChunk(text, done, done ? root.path("done_reason").asText(null) : null,
                done ? usage(root) : null, null);
    }

    /**
     * The final object's counts. prompt_eval_count includes the tokens read from the prompt cache
     * (prompt_eval_cached_count, sent by newer servers). Ollama before mid-2024 left
     * prompt_eval_count out when the prompt was cached (ollama/ollama#2068); a usage with a made-up
     * 0 input would mislead, so without both counts the usage is null and the caller estimates it.
     */
    private static Usage usage(JsonNode root) {
        if (!root.path("prompt_eval_count").isNumber() || !root.path("eval_count").isNumber()) {
            return null;
        }
        return new Usage(root.path("prompt_eval_count").asInt(), root.path("eval_count").asInt(),
                root.path("prompt_eval_cached_count").asInt(0), 0, 0, false);
    }

    private static String expected(String where, String json) {
        return "Expected " + where + " to be one JSON object, got: " + ErrorBodies.excerpt(json);
    }
}
