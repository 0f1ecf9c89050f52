package dev.promptsmith.tokens;

import com.knuddels.jtokkit.api.Encoding;
import java.util.List;

/**
 * Token count of an OpenAI chat request, by the rule of the OpenAI cookbook's
 * {@code num_tokens_from_messages} (for gpt-3.5-turbo-0613 and later, gpt-4*, gpt-4o*): 3 tokens
 * per message, plus the tokens of its role, content and name, plus 1 per name, plus 3 priming the reply.
 * Tools, images and response schemas add tokens this does not count.
 */
final class OpenAiChatFormat {

    /** One message as the API sees it; {@code name} may be null. */
    record Turn(String role, String name, String content) {
    }

    static final int TOKENS_PER_MESSAGE = 3;
    static final int TOKENS_PER_NAME = 1;
    /** "every reply is primed with {@code <|start|>assistant<|message|>}" */
    static final int REPLY_PRIMING = 3;

    private OpenAiChatFormat() {
    }

    static int count(Encoding encoding, List<Turn> turns) {
        int total = REPLY_PRIMING;
        for (Turn turn : turns) {
            total += TOKENS_PER_MESSAGE + tokens(encoding, turn.role()) + tokens(encoding, turn.content());
            if (turn.name() != null) {
                total += tokens(encoding, turn.name()) + TOKENS_PER_NAME;
            }
        }
        return total;
    }

    /** Ordinary: text that happens to contain {@code <|endoftext|>} is counted as text, not rejected. */
    static int tokens(Encoding encoding, String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
