package dev.promptsmith.provider.gemini;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.StreamSink;

/**
 * Reads a {@code streamGenerateContent?alt=sse} stream: data-only events, each a whole
 * GenerateContentResponse chunk.
 *
 * <p>Gemini sends no end marker, and a usage-only chunk could in principle follow the one with the
 * finishReason, so the decoder reads to the end of the body and judges completeness by itself: the
 * answer is whole when some chunk carried a finishReason, whatever {@code complete} says.
 */
final class GeminiStreamDecoder implements StreamDecoder {

    private final GeminiResponseReader reader;
    private final StringBuilder text = new StringBuilder();
    private String finishReason;
    private Usage usage;
    private ProviderError error;

    GeminiStreamDecoder(GeminiResponseReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean onEvent(String event, String data, StreamSink sink) throws MalformedResponseException {
        if (data == null || data.isBlank()) {
            return true;
        }
        GeminiChunk chunk = reader.read(reader.parse(data, "each Gemini stream event (a GenerateContentResponse)"));
        if (!chunk.text().isEmpty()) {
            text.append(chunk.text());
            sink.text(chunk.text());
        }
        if (chunk.usage() != null) {
            usage = chunk.usage();
        }
        if (chunk.finishReason() != null) {
            finishReason = chunk.finishReason();
        }
        if (chunk.error() != null) {
            error = chunk.error();
            return false;
        }
        return true;
    }

    @Override
    public DecodedResponse finish(boolean complete) {
        ProviderError outcome = error;
        if (outcome == null && finishReason == null) {
            outcome = new ProviderError(Kind.STREAM_CUT, 200,
                    "The Gemini stream ended before any chunk carried a finishReason; the answer is incomplete", true);
        }
        return new DecodedResponse(text.toString(), usage, finishReason, outcome);
    }
}
