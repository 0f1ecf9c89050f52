package dev.promptsmith.provider.config;

import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.StreamListener;
import java.time.Duration;

/** Stands in for a provider entry that cannot work yet (no key, no URL) and says what to set, without a network call. */
final class MisconfiguredProvider implements Provider {

    private final String id;
    private final String problem;

    MisconfiguredProvider(String id, String problem) {
        this.id = id;
        this.problem = problem;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ChatResponse complete(ChatRequest request, StreamListener listener, CancelSignal cancel) {
        return ChatResponse.failed(new ProviderError(ProviderError.Kind.CONFIG, 0, problem, false), "", Duration.ZERO);
    }
}
