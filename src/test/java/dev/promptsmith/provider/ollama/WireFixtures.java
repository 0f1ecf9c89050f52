package dev.promptsmith.provider.ollama;

import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the hand-written wire fixtures of this package and plays .ndjson fixtures into a decoder. */
final class WireFixtures {

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

    /** The non-blank lines of an NDJSON fixture. */
    static List<String> lines(String name) {
        return text(name).lines().filter(line -> !line.isBlank()).toList();
    }

    /** Feeds every line of fixture {@code name} to {@code decoder} until it says stop, then finishes it. */
    static Played play(String name, StreamDecoder decoder) throws MalformedResponseException {
        List<String> deltas = new ArrayList<>();
        boolean complete = false;
        for (String line : lines(name)) {
            if (!decoder.onEvent(null, line, deltas::add)) {
                complete = true;
                break;
            }
        }
        return new Played(deltas, decoder.finish(complete));
    }
}
