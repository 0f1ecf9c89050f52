package dev.promptsmith.provider.echo;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.tokens.TokenCounter;
import java.time.Duration;

/**
 * The offline model: answers with the request it received, so Run works with no keys and no
 * network, and shows exactly what a real model would have been sent.
 */
public final class EchoProvider implements Provider {

    public static final String ID = "echo";
    /** Streams in chunks of this many characters, so the UI's streaming path is exercised offline. */
    private static final int CHUNK = 64;

    private final TokenCounter tokenCounter;

    public EchoProvider(TokenCounter tokenCounter) {
        this.tokenCounter = tokenCounter;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChatResponse complete(ChatRequest request, StreamListener listener, CancelSignal cancel) {
        long start = System.nanoTime();
        String text = transcript(request);
        Duration firstToken = null;
        for (int i = 0; i < text.length(); i += CHUNK) {
            if (cancel.isCancelled()) {
                return ChatResponse.failed(ProviderError.cancelled(), text.substring(0, i), since(start));
            }
            if (firstToken == null) {
                firstToken = since(start);
            }
            listener.onText(text.substring(i, Math.min(text.length(), i + CHUNK)));
        }
        int input = tokenCounter.count(ID, request.model(), request.messages()).tokens();
        int output = tokenCounter.countText(ID, request.model(), text).tokens();
        return new ChatResponse(text, Usage.estimated(input, output), "stop", since(start),
                firstToken == null ? since(start) : firstToken, null);
    }

    /** The request as readable text: each message under its role in brackets. */
    static String transcript(ChatRequest request) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage message : request.messages()) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append('[').append(message.role().key()).append("]\n").append(message.content());
        }
        return sb.toString();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
