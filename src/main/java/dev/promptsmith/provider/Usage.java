package dev.promptsmith.provider;

/**
 * Token usage of one call.
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
