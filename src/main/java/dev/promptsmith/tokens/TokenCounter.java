package dev.promptsmith.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import dev.promptsmith.model.ChatMessage;
import java.util.List;
import java.util.Optional;

/**
 * Counts the tokens of a prompt for a given model: exactly with tiktoken's encodings for OpenAI
 * models, otherwise with a flagged estimate. Thread-safe; encodings load on first use, never here.
 */
public final class TokenCounter {

    private final EncodingResolver resolver;
    private final EncodingCache encodings = new EncodingCache();
    private final TokenEstimator estimator = new TokenEstimator();

    public TokenCounter() {
        this(new EncodingResolver());
    }

    public TokenCounter(EncodingResolver resolver) {
        this.resolver = resolver;
    }

    /** The prompt tokens of a chat request, message framing included. */
    public TokenCount count(String provider, String model, List<ChatMessage> messages) {
        Optional<EncodingType> encoding = resolver.encodingFor(provider, model);
        if (encoding.isPresent()) {
            List<OpenAiChatFormat.Turn> turns = messages.stream()
                    .map(m -> new OpenAiChatFormat.Turn(m.role().key(), null, m.content()))
                    .toList();
            int tokens = OpenAiChatFormat.count(encodings.get(encoding.get()), turns);
            return new TokenCount(tokens, true, encoding.get().getName());
        }
        int tokens = estimator.estimateChat(messages.stream().map(ChatMessage::content).toList());
        return new TokenCount(tokens, false, TokenEstimator.METHOD);
    }

    /** The tokens of a bare text, without chat framing. */
    public TokenCount countText(String provider, String model, String text) {
        Optional<EncodingType> encoding = resolver.encodingFor(provider, model);
        if (encoding.isPresent()) {
            int tokens = OpenAiChatFormat.tokens(encodings.get(encoding.get()), text);
            return new TokenCount(tokens, true, encoding.get().getName());
        }
        return new TokenCount(estimator.estimate(text), false, TokenEstimator.METHOD);
    }

    /** The cached encoding itself; for tests that compare token ids with published ones. */
    com.knuddels.jtokkit.api.Encoding encoding(EncodingType type) {
        return encodings.get(type);
    }

    /** How many encodings have been loaded so far; for tests of the lazy loading. */
    int loadedEncodings() {
        return encodings.loadedCount();
    }
}
