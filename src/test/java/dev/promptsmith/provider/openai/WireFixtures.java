package dev.promptsmith.provider.openai;

import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the hand-written wire fixtures and drives a stream decoder with them, as the transport would. */
final class WireFixtures {

    /** One server-sent event: its {@code event:} name (or null) and its joined {@code data:} lines. */
    record SseEvent(String event, String data) {
    }

    /** What a decoder produced: the text its sink saw, piece by piece, and its final outcome. */
    record Decoded(List<String> pieces, DecodedResponse response) {
        String streamedText() {
            return String.join("", pieces);
        }
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

    /** Splits SSE text into events at blank lines; comment lines ({@code :}) are dropped. */
    static List<SseEvent> sseEvents(String text) {
        List<SseEvent> events = new ArrayList<>();
        String event = null;
        List<String> data = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new SseEvent(event, String.join("\n", data)));
                }
                event = null;
                data.clear();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).stripLeading());
            }
        }
        return events;
    }

    /** Feeds every event until the decoder says the stream ended; a fixture that runs out first is a cut body. */
    static Decoded decode(StreamDecoder decoder, List<SseEvent> events) throws MalformedResponseException {
        List<String> pieces = new ArrayList<>();
        boolean complete = false;
        for (SseEvent event : events) {
            if (!decoder.onEvent(event.event(), event.data(), pieces::add)) {
                complete = true;
                break;
            }
        }
        return new Decoded(pieces, decoder.finish(complete));
    }

    static Decoded decodeFixture(StreamDecoder decoder, String name) throws MalformedResponseException {
        return decode(decoder, sseEvents(read(name)));
    }
}
