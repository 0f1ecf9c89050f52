package dev.promptsmith.provider.anthropic;

import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the hand-written wire fixtures of this package and plays .sse fixtures into a decoder. */
final class WireFixtures {

    /** One SSE event: the {@code event:} name (or null) and the joined {@code data:} lines. */
    record SseEvent(String name, String data) {
    }

    /** What a decoder made of a whole fixture: the text pieces as the sink saw them, and the outcome. */
    record StreamRun(List<String> deltas, DecodedResponse response, boolean endMarkerSeen) {
    }

    private WireFixtures() {
    }

    static String read(String name) {
        try (InputStream in = WireFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits SSE text into events: fields up to a blank line; a last event without one still counts. */
    static List<SseEvent> events(String sse) {
        List<SseEvent> events = new ArrayList<>();
        String name = null;
        StringBuilder data = null;
        for (String line : sse.split("\n", -1)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new SseEvent(name, data.toString()));
                }
                name = null;
                data = null;
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:")) {
                String value = line.substring("data:".length());
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        if (data != null) {
            events.add(new SseEvent(name, data.toString()));
        }
        return events;
    }

    /**
     * Feeds a fixture's events to {@code decoder} as the transport does: it stops at the event the
     * decoder calls the last, and calls {@code finish(complete)} with whether that happened.
     */
    static StreamRun play(StreamDecoder decoder, String fixture) throws MalformedResponseException {
        List<String> deltas = new ArrayList<>();
        boolean ended = false;
        for (SseEvent event : events(read(fixture))) {
            if (!decoder.onEvent(event.name(), event.data(), deltas::add)) {
                ended = true;
                break;
            }
        }
        return new StreamRun(deltas, decoder.finish(ended), ended);
    }
}
