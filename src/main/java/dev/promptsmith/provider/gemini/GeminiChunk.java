package dev.promptsmith.provider.gemini;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;

/**
 * What one GenerateContentResponse carries, whether a whole response or one stream chunk.
 *
 * @param text the answer's text in this piece, "" when none
 * @param finishReason null until the piece that ends the answer
 * @param usage null when the piece has no usageMetadata counts
 * @param error a block or an error object in the body, or null
 */
record GeminiChunk(String text, String finishReason, Usage usage, ProviderError error) {
}
