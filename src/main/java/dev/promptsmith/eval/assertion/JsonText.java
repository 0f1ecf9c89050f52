package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds and reads JSON in model output, which may be bare JSON, fenced JSON, or JSON inside prose. */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // Scanning reads one value out of longer text, so what follows it is not an error there.
    private static final ObjectReader SCANNER = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonText() {
    }

    /** The parse of the whole output; fails on anything but exactly one JSON value. */
    static Parsed parseWhole(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                return new Parsed(null, "the output is empty");
            }
            return new Parsed(node, null);
        } catch (JsonProcessingException e) {
            return new Parsed(null, describe(e));
        }
    }

    /** The whole output as JSON, or else the first JSON object or array found inside it. */
    static Optional<JsonNode> parseLenient(String text) {
        Parsed whole = parseWhole(text);
        if (whole.ok()) {
            return Optional.of(whole.node());
        }
        List<JsonNode> found = findAll(text);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Every top-level JSON object or array in {@code text}, in order. A value nested in one already
     * found is not listed again. Code fences need no special case: the scan finds what is inside them.
     */
    static List<JsonNode> findAll(String text) {
        List<JsonNode> found = new ArrayList<>();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            int end = c == '{' || c == '[' ? valueEnd(chars, i, found) : -1;
            i = end > i ? end : i + 1;
        }
        return found;
    }

    /** A Java value (String, Number, List, Map…) as a JSON tree. */
    static JsonNode toNode(Object value) {
        return value == null ? NullNode.getInstance() : MAPPER.valueToTree(value);
    }

    /** Parses the JSON value starting at {@code start}; returns its end offset, or -1 when none is there. */
    private static int valueEnd(char[] chars, int start, List<JsonNode> found) {
        try (JsonParser parser = MAPPER.getFactory().createParser(chars, start, chars.length - start)) {
            JsonNode node = SCANNER.readValue(parser);
            if (node == null || !node.isContainerNode()) {
                return -1;
            }
            found.add(node);
            return start + (int) parser.currentLocation().getCharOffset();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = Optional.ofNullable(e.getOriginalMessage()).orElse("invalid JSON").lines()
                .findFirst().orElse("invalid JSON");
        return e.getLocation() == null ? message
                : message + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** The result of a strict parse: a node, or why there is none. */
    record Parsed(JsonNode node, String problem) {

        boolean ok() {
            return node != null;
        }
    }
}
