package dev.promptsmith.provider.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-written wire fixtures of one provider package: read, split into events or lines, played into a decoder. */
public final class WireFixtures {

    /** One server-sent event: its {@code event:} name (or null) and its joined {@code data:} lines. */
    public record SseEvent(String name, String data) {
    }

    /** What a decoder made of a stream: the pieces its sink saw, its outcome, and whether it saw the end marker. */
    public record Played(List<String> deltas, DecodedResponse response, boolean endMarkerSeen) {

        public String streamedText() {
            return String.join("", deltas);
        }
    }

    private final Class<?> anchor;

    /** The fixtures in the resource folder of {@code anchor}'s package, so each provider keeps its own. */
    public WireFixtures(Class<?> anchor) {
        this.anchor = anchor;
    }

    public String read(String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name + " next to " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SseEvent> sseEvents(String name) {
        return parseSse(read(name));
    }

    /** The non-blank lines of an NDJSON fixture. */
    public List<String> ndjsonLines(String name) {
        return read(name).lines().filter(line -> !line.isBlank()).toList();
    }

    public Played playSse(StreamDecoder decoder, String name) throws MalformedResponseException {
        return play(decoder, sseEvents(name));
    }

    public Played playNdjson(StreamDecoder decoder, String name) throws MalformedResponseException {
        return play(decoder, ndjsonLines(name).stream().map(line -> new SseEvent(null, line)).toList());
    }

    /**
     * Splits SSE text into events, LF or CRLF: fields up to a blank line, one space after the colon
     * dropped, comment and other lines ignored; a last event without a blank line after it still counts.
     */
    public static List<SseEvent> parseSse(String text) {
        List<SseEvent> events = new ArrayList<>();
        String name = null;
        StringBuilder data = null;
        for (String line : text.split("\r?\n", -1)) {
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

    /** Feeds events until the decoder says the stream ended, then finishes it; running out first is a cut body. */
    public static Played play(StreamDecoder decoder, List<SseEvent> events) throws MalformedResponseException {
        List<String> deltas = new ArrayList<>();
        boolean ended = false;
        for (SseEvent event : events) {
            if (!decoder.onEvent(event.name(), event.data(), deltas::add)) {
                ended = true;
                break;
            }
        }
        return new Played(deltas, decoder.finish(ended), ended);
    }
}
