package dev.promptsmith.provider;

import java.time.Duration;

/**
 * The outcome of one call: the text (possibly partial when {@link #error} is set), usage, timing.
 *
 * @param error null on success
 */
public record ChatResponse(String text, Usage usage, String finishReason, Duration latency,
                           Duration timeToFirstToken, ProviderError error) {

    public static ChatResponse failed(ProviderError error, String partialText, Duration latency) {
        return new ChatResponse(partialText, Usage.NONE, "error", latency, null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
