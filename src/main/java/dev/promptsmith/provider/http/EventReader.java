package dev.promptsmith.provider.http;

import java.io.IOException;
import okio.BufferedSource;

/**
 * Cuts a streaming body into events: SSE ({@code event:}/{@code data:} lines up to a blank line,
 * {@code :} comments ignored, several data lines joined by newlines) or NDJSON (one line, one event).
 */
final class EventReader {

    /** One event as the decoder sees it. */
    record Event(String name, String data) { }

    private final BufferedSource source;
    private final Framing framing;

    EventReader(BufferedSource source, Framing framing) {
        this.source = source;
        this.framing = framing;
    }

    /** The next event, or null at the end of the body. */
    Event next() throws IOException {
        return framing == Framing.NDJSON ? nextLine() : nextSse();
    }

    private Event nextLine() throws IOException {
        String line;
        while ((line = source.readUtf8Line()) != null) {
            if (!line.isBlank()) {
                return new Event(null, line);
            }
        }
        return null;
    }

    private Event nextSse() throws IOException {
        String name = null;
        StringBuilder data = null;
        String line;
        while ((line = source.readUtf8Line()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(name, data.toString());
                }
                name = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("event")) {
                name = value;
            } else if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        // A last event without its blank line still counts: the decoder decides whether the stream is complete.
        return data == null ? null : new Event(name, data.toString());
    }
}
