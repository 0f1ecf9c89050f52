package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Gemini's content blocks into errors with a clear message: a prompt refused outright
 * ({@code promptFeedback.blockReason}) or an answer stopped by a policy finishReason.
 *
 * <p>They arrive in a 200 response and trying again with the same prompt rarely helps, so they are
 * BAD_REQUEST (the content of the request is what was refused), not retryable, with status 200.
 */
final class GeminiBlocks {

    /** Why Gemini refuses content, by blockReason / finishReason; other finish reasons are normal ends. */
    private static final Map<String, String> WHY = Map.of(
            "SAFETY", "the safety filters flagged it",
            "RECITATION", "it would recite training data such as copyrighted text",
            "BLOCKLIST", "it contains a term from the blocklist",
            "PROHIBITED_CONTENT", "it may contain prohibited content",
            "SPII", "it may contain sensitive personal information",
            "IMAGE_SAFETY", "an image broke the safety rules",
            "OTHER", "no reason given");
    /** OTHER ends an answer for many harmless reasons; it counts as a block only for a prompt. */
    private static final Set<String> NOT_AN_ANSWER_BLOCK = Set.of("OTHER");
    private static final Set<String> SHOWN_PROBABILITIES = Set.of("HIGH", "MEDIUM");

    private GeminiBlocks() {
    }

    /** The error for a refused prompt, or null when {@code promptFeedback} names no blockReason. */
    static ProviderError promptBlocked(JsonNode promptFeedback) {
        String reason = promptFeedback.path("blockReason").asText("");
        if (reason.isEmpty()) {
            return null;
        }
        String message = "Gemini refused the prompt (blockReason " + reason + ": "
                + WHY.getOrDefault(reason, "see the Gemini safety settings") + ")"
                + ratings(promptFeedback.path("safetyRatings"));
        return new ProviderError(Kind.BAD_REQUEST, 200, message, false);
    }

    /** The error for an answer stopped by a policy, or null when {@code finishReason} is a normal end. */
    static ProviderError answerStopped(JsonNode candidate) {
        String reason = candidate.path("finishReason").asText("");
        if (!WHY.containsKey(reason) || NOT_AN_ANSWER_BLOCK.contains(reason)) {
            return null;
        }
        String finishMessage = candidate.path("finishMessage").asText("");
        String message = "Gemini stopped the answer (finishReason " + reason + ": " + WHY.get(reason) + ")"
                + ratings(candidate.path("safetyRatings"))
                + (finishMessage.isEmpty() ? "" : ". " + finishMessage);
        return new ProviderError(Kind.BAD_REQUEST, 200, message, false);
    }

    /** The categories that caused the block: those marked blocked, else those rated MEDIUM or HIGH. */
    private static String ratings(JsonNode safetyRatings) {
        List<String> blocked = new ArrayList<>();
        List<String> likely = new ArrayList<>();
        for (JsonNode rating : safetyRatings) {
            String shown = rating.path("category").asText("?").replaceFirst("^HARM_CATEGORY_", "")
                    + " " + rating.path("probability").asText("?");
            if (rating.path("blocked").asBoolean(false)) {
                blocked.add(shown);
            } else if (SHOWN_PROBABILITIES.contains(rating.path("probability").asText(""))) {
                likely.add(shown);
            }
        }
        List<String> shown = blocked.isEmpty() ? likely : blocked;
        return shown.isEmpty() ? "" : "; categories: " + String.join(", ", shown);
    }
}
