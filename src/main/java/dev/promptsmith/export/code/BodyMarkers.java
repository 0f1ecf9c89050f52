package dev.promptsmith.export.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the markers of rendered parts in a planned request body, for the language writers. */
final class BodyMarkers {

    /** A stretch of a body string: literal text, or the rendered text of a part. */
    record Segment(String literal, TemplatePart part) {

        boolean isPart() {
            return part != null;
        }
    }

    private static final Pattern MARKER = Pattern.compile("\u0001[0-9a-f-]{36}#\\d+\u0001");

    private BodyMarkers() {
    }

    /** {@code text} split at the markers of {@code plan}'s parts. */
    static List<Segment> segments(String text, CallPlan plan) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int from = 0;
        while (m.find()) {
            TemplatePart part = plan.partWithMarker(m.group()).orElse(null);
            if (part == null) {
                continue;
            }
            if (m.start() > from) {
                segments.add(new Segment(text.substring(from, m.start()), null));
            }
            segments.add(new Segment(null, part));
            from = m.end();
        }
        if (from < text.length() || segments.isEmpty()) {
            segments.add(new Segment(text.substring(from), null));
        }
        return segments;
    }

    /** Whether {@code node} (at any depth) holds the rendered text of a part. */
    static boolean hasMarker(JsonNode node) {
        if (node.isTextual()) {
            return MARKER.matcher(node.textValue()).find();
        }
        for (JsonNode child : node) {
            if (hasMarker(child)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} (at any depth) holds exactly {@code marker} as one whole string. */
    static boolean holds(JsonNode node, String marker) {
        if (node.isTextual()) {
            return node.textValue().equals(marker);
        }
        for (JsonNode child : node) {
            if (holds(child, marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the part behind {@code marker} can be left out as the app leaves it out: it appears
     * exactly once, as a whole string, either as a top-level field of its own or inside one array
     * element (a message) that can be left out whole.
     */
    static boolean isDroppable(JsonNode body, String marker) {
        if (occurrences(body, marker) != 1) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            if (value.isTextual() && value.textValue().equals(marker)) {
                return true;
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isObject() && holds(element, marker)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int occurrences(JsonNode node, String marker) {
        if (node.isTextual()) {
            return countIn(node.textValue(), marker);
        }
        int total = 0;
        for (JsonNode child : node) {
            total += occurrences(child, marker);
        }
        return total;
    }

    private static int countIn(String text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            count++;
        }
        return count;
    }
}
