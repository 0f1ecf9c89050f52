package dev.promptsmith.provider.gemini;

import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the hand-written wire fixtures of this package and plays .sse fixtures into a decoder. */
final class WireFixtures {

    /** One SSE event: the {@code event:} name or null, and the joined {@code data:} lines. */
    record Event(String name, String data) {
    }

    /** What a played stream gave: the deltas in order and the decoder's outcome. */
    record Played(List<String> deltas, DecodedResponse response) {
    }

    private WireFixtures() {
    }

    static String text(String name) {
        try (InputStream in = WireFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name + " next to " + WireFixtures.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits SSE text into events: data lines joined by newlines, a blank line ends an event, CRLF or LF. */
    static List<Event> sseEvents(String sse) {
        List<Event> events = new ArrayList<>();
        String name = null;
        StringBuilder data = null;
        for (String line : sse.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(name, data.toString()));
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
            events.add(new Event(name, data.toString()));
        }
        return events;
    }

    /** Feeds every event of fixture {@code name} to {@code decoder} until it says stop, then finishes it. */
    static Played play(String name, StreamDecoder decoder) throws MalformedResponseException {
        List<String> deltas = new ArrayList<>();
        boolean complete = false;
        for (Event event : sseEvents(text(name))) {
            if (!decoder.onEvent(event.name(), event.data(), deltas::add)) {
                complete = true;
                break;
            }
        }
        return new Played(deltas, decoder.finish(complete));
    }
}
