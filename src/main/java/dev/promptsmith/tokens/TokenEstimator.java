package dev.promptsmith.tokens;

import java.util.List;

/**
 * A tokenizer-free estimate for models whose tokenizer is not available offline (Anthropic,
 * Gemini, Ollama, unknown). The larger of two published rules of thumb, rounded up:
 * <ul>
 *   <li>Gemini CLI's {@code estimateTokenCountSync} ({@code packages/core/src/utils/tokenCalculation.ts}):
 *       0.25 token per ASCII character, 1.3 per other character, because CJK and other scripts
 *       take one or more tokens per character where English takes about four characters per token;</li>
 *   <li>OpenAI's "1 token ≈ ¾ words" (help.openai.com, "What are tokens and how to count them?"):
 *       4/3 tokens per word, which catches text of short words and numbers that chars/4 undercounts.</li>
 * </ul>
 * Taking the larger errs on the side of overestimating, the safer error for budgets and context limits.
 */
final class TokenEstimator {

    static final String METHOD = "estimate (max of 0.25/ASCII char + 1.3/other char, 4/3 per word)";

    /** Role and framing tokens per chat message, as in the OpenAI rule (3 + about 1 for the role). */
    static final int TOKENS_PER_MESSAGE = 4;
    static final int REPLY_PRIMING = 3;

    int estimate(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long ascii = 0;
        long other = 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 127) {
                ascii++;
            } else {
                other++;
            }
            boolean space = Character.isWhitespace(cp);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        double byChars = ascii * 0.25 + other * 1.3;
        double byWords = words * 4.0 / 3.0;
        // The small epsilon keeps 0.25 * 4 from rounding up to 2 through floating-point noise.
        return (int) Math.ceil(Math.max(byChars, byWords) - 1e-9);
    }

    int estimateChat(List<String> contents) {
        int total = REPLY_PRIMING;
        for (String content : contents) {
            total += TOKENS_PER_MESSAGE + estimate(content);
        }
        return total;
    }
}
