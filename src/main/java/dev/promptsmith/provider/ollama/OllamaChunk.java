package dev.promptsmith.provider.ollama;

import dev.promptsmith.provider.Usage;

/**
 * What one Ollama chat object carries: a stream line or the whole non-streaming response.
 *
 * @param text this piece of the answer, "" when none
 * @param done true on the final object
 * @param doneReason {@code stop}, {@code length}, {@code load}, … on the final object, else null
 * @param usage the counts of the final object, or null
 * @param error the text of an {@code {"error":"…"}} object, or null
 */
record OllamaChunk(String text, boolean done, String doneReason, Usage usage, String error) {
}
