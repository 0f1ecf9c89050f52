package dev.promptsmith.provider;

/**
 * Token usage of one call, in one convention for every provider so cost is computed one way:
 * {@code inputTokens} counts ALL input tokens, and {@code cacheReadTokens} and
 * {@code cacheWriteTokens} are the parts of it read from or written to a prompt cache (OpenAI's
 * {@code cached_tokens} already nests this way; Anthropic's separate cache counts are added into
 * input). {@code outputTokens} counts ALL output tokens, and {@code reasoningTokens} is the part
 * spent on hidden reasoning (Gemini's {@code thoughtsTokenCount} is added into output).
 *
 * @param estimated true when the server reported nothing and the numbers were counted locally
 */
public record Usage(int inputTokens, int outputTokens, int cacheReadTokens, int cacheWriteTokens,
                    int reasoningTokens, boolean estimated) {

    public static final Usage NONE = new Usage(0, 0, 0, 0, 0, true);

    public static Usage estimated(int inputTokens, int outputTokens) {
        return new Usage(inputTokens, outputTokens, 0, 0, 0, true);
    }

    public int totalTokens() {
        return inputTokens + outputTokens;
    }
}
