package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.Usage;

/**
 * Reads token usage from a response or chunk: OpenAI's {@code usage}, Groq's {@code x_groq.usage},
 * or llama.cpp's {@code timings} when nothing else came. Counts keep OpenAI's nesting: cached
 * tokens are part of the input, reasoning tokens part of the output.
 */
final class OpenAiUsageReader {

    private OpenAiUsageReader() {
    }

    /** The usage a server reported in {@code usage} (or Groq's {@code x_groq.usage}), or null. */
    static Usage reported(JsonNode message) {
        Usage usage = fromUsage(message.get("usage"));
        return usage != null ? usage : fromUsage(message.path("x_groq").get("usage"));
    }

    /** llama.cpp's {@code timings}: prompt_n counts only the tokens it evaluated, cache_n the ones it reused. */
    static Usage fromTimings(JsonNode message) {
        JsonNode timings = message.get("timings");
        if (timings == null || !timings.isObject() || !timings.has("prompt_n") && !timings.has("predicted_n")) {
            return null;
        }
        int cached = count(timings, "cache_n");
        return new Usage(count(timings, "prompt_n") + cached, count(timings, "predicted_n"), cached, 0, 0, false);
    }

    /** Reported usage if any, else timings, else null. */
    static Usage fromMessage(JsonNode message) {
        Usage usage = reported(message);
        return usage != null ? usage : fromTimings(message);
    }

    private static Usage fromUsage(JsonNode usage) {
        if (usage == null || !usage.isObject() || !usage.has("prompt_tokens") && !usage.has("completion_tokens")) {
            return null;
        }
        int cached = count(usage.path("prompt_tokens_details"), "cached_tokens");
        if (cached == 0) {
            // DeepSeek reports its context cache hits under its own name.
            cached = count(usage, "prompt_cache_hit_tokens");
        }
        int reasoning = count(usage.path("completion_tokens_details"), "reasoning_tokens");
        return new Usage(count(usage, "prompt_tokens"), count(usage, "completion_tokens"), cached, 0, reasoning, false);
    }

    /** A non-negative count; missing, null and negative values (llama.cpp sends -1 for "unknown") read as 0. */
    private static int count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() ? Math.max(0, value.asInt()) : 0;
    }
}
