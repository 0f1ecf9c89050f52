package dev.promptsmith.provider.ollama;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.StreamSink;

/**
 * Reads an Ollama NDJSON chat stream: one object per line, the last with {@code done: true} and the
 * counts. The {@code done: true} line is the end marker, so the decoder judges completeness by it.
 */
final class OllamaStreamDecoder implements StreamDecoder {

    private final OllamaChatReader reader;
    private final StringBuilder text = new StringBuilder();
    private boolean done;
    private String doneReason;
    private Usage usage;
    private ProviderError error;

    OllamaStreamDecoder(OllamaChatReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean onEvent(String event, String data, StreamSink sink) throws MalformedResponseException {
        if (data == null || data.isBlank()) {
            return true;
        }
        OllamaChunk chunk = reader.read(reader.parse(data, "each Ollama stream line (a chat chunk)"));
        if (chunk.error() != null) {
            // An error after the 200 comes from the model runner (it crashed or ran out of memory
            // mid-answer): a server fault, worth one more try.
            error = new ProviderError(Kind.STREAM_ERROR, 200, chunk.error(), true);
            return false;
        }
        if (!chunk.text().isEmpty()) {
            text.append(chunk.text());
            sink.text(chunk.text());
        }
        if (chunk.done()) {
            done = true;
            doneReason = chunk.doneReason();
            usage = chunk.usage();
            return false;
        }
        return true;
    }

    @Override
    public DecodedResponse finish(boolean complete) {
        ProviderError outcome = error;
        if (outcome == null && !done) {
            outcome = new ProviderError(Kind.STREAM_CUT, 200,
                    "The Ollama stream ended before its final done:true line; the answer is incomplete", true);
        }
        return new DecodedResponse(text.toString(), usage, doneReason, outcome);
    }
}
