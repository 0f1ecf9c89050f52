package dev.promptsmith.provider.http;

/**
 * Reads one streaming response, event by event. Stateful: the transport makes a new one per attempt.
 */
public interface StreamDecoder {

    /**
     * One event. For {@link Framing#SSE}, {@code event} is the {@code event:} name or null, and
     * {@code data} the joined {@code data:} lines; for {@link Framing#NDJSON}, {@code event} is null
     * and {@code data} is one line.
     *
     * @return false when this event ends the stream (e.g. {@code data: [DONE]}, {@code done: true})
     */
    boolean onEvent(String event, String data, StreamSink sink) throws MalformedResponseException;

    /**
     * The outcome after the last event, or after the body ended. {@code complete} is false when the
     * body ended before the format's own end marker: a cut stream, which the decoder reports as an
     * error keeping the text received.
     */
    DecodedResponse finish(boolean complete);
}
