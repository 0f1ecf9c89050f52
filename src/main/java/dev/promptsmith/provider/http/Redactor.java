package dev.promptsmith.provider.http;

import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Secret;

/** Cuts an API key out of anything a call reports, in case a server or a library echoes it. */
final class Redactor {

    static final String MASK = "[redacted]";

    private final String key;

    Redactor(Secret secret) {
        this.key = secret == null || secret.isBlank() ? null : secret.reveal();
    }

    String redact(String text) {
        return key == null || text == null ? text : text.replace(key, MASK);
    }

    ProviderError redact(ProviderError error) {
        return error == null ? null
                : new ProviderError(error.kind(), error.status(), redact(error.message()), error.retryable());
    }

    ChatResponse redact(ChatResponse response) {
        return new ChatResponse(response.text(), response.usage(), response.finishReason(), response.latency(),
                response.timeToFirstToken(), redact(response.error()));
    }
}
