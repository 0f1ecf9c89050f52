package dev.promptsmith.provider.http;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;

/**
 * What a wire format read from a response or a finished stream.
 *
 * @param usage null when the server reported none (the caller then estimates it)
 * @param finishReason the provider's own word (stop, end_turn, STOP, length, …), or null
 * @param error an error the server reported inside a 200 response — an SSE {@code error} event or an
 *              error object in a complete body — as {@link dev.promptsmith.provider.ProviderError.Kind#STREAM_ERROR}; or null
 */
public record DecodedResponse(String text, Usage usage, String finishReason, ProviderError error) {
}
