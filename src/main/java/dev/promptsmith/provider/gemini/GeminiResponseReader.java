package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;

/** Reads a Gemini GenerateContentResponse (a whole response or one stream chunk) into a {@link GeminiChunk}. */
final class GeminiResponseReader {

    private final ObjectMapper mapper;
    private final GeminiErrorClassifier errors;

    GeminiResponseReader(ObjectMapper mapper, GeminiErrorClassifier errors) {
        this.mapper = mapper;
        this.errors = errors;
    }

    /** Parses {@code json}, which must be one JSON object; {@code where} names it in the exception. */
    JsonNode parse(String json, String where) throws MalformedResponseException {
        try {
            JsonNode root = mapper.readTree(json);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonProcessingException notJson) {
            throw malformed(where, json, notJson);
        }
        throw malformed(where, json, null);
    }

    GeminiChunk read(JsonNode root) {
        JsonNode errorObject = root.path("error");
        if (errorObject.isObject()) {
            return new GeminiChunk("", null, null, errors.inStream(errorObject));
        }
        JsonNode candidate = root.path("candidates").path(0);
        String finishReason = candidate.path("finishReason").asText(null);
        ProviderError block = GeminiBlocks.promptBlocked(root.path("promptFeedback"));
        if (block == null) {
            block = GeminiBlocks.answerStopped(candidate);
        }
        return new GeminiChunk(text(candidate), finishReason, usage(root.path("usageMetadata")), block);
    }

    /** The answer's text: every text part, skipping thought summaries, which are not the answer. */
    private static String text(JsonNode candidate) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    /**
     * Gemini's counts as a {@link Usage}. thoughtsTokenCount is billed as output but is not part of
     * candidatesTokenCount, so it is added to output as well as reported as reasoning;
     * toolUsePromptTokenCount is billed as input and is not part of promptTokenCount. The cached
     * count is part of promptTokenCount (as OpenAI's cached_tokens is of prompt_tokens).
     */
    static Usage usage(JsonNode meta) {
        if (!meta.has("promptTokenCount") && !meta.has("candidatesTokenCount") && !meta.has("thoughtsTokenCount")) {
            return null;
        }
        int thoughts = meta.path("thoughtsTokenCount").asInt(0);
        return new Usage(
                meta.path("promptTokenCount").asInt(0) + meta.path("toolUsePromptTokenCount").asInt(0),
                meta.path("candidatesTokenCount").asInt(0) + thoughts,
                meta.path("cachedContentTokenCount").asInt(0),
                0,
                thoughts,
                false);
    }

    private static MalformedResponseException malformed(String where, String json, Throwable cause) {
        String message = "Expected " + where + " to be one JSON object, got: " + ErrorBodies.excerpt(json);
        return cause == null ? new MalformedResponseException(message) : new MalformedResponseException(message, cause);
    }
}
