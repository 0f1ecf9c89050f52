package dev.promptsmith.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of stop sequences: separated by commas or line breaks, with {@code \n},
 * {@code \t}, {@code \,} and {@code \\} escapes, because the most common stop sequences are
 * line breaks and a single-line field cannot hold one literally.
 */
final class StopSequences {

    private StopSequences() {
    }

    static List<String> parse(String text) {
        List<String> stops = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kept = 0; // length up to the last character that is not padding
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(unescape(text.charAt(++i)));
                kept = current.length();
            } else if (c == ',' || c == '\n' || c == '\r') {
                add(stops, current, kept);
                kept = 0;
            } else if (!Character.isWhitespace(c)) {
                current.append(c);
                kept = current.length();
            } else if (current.length() > 0) {
                current.append(c); // inner space; dropped again if nothing follows
            }
        }
        add(stops, current, kept);
        return stops;
    }

    static String format(List<String> stops) {
        if (stops == null) {
            return "";
        }
        List<String> escaped = new ArrayList<>();
        for (String stop : stops) {
            escaped.add(stop.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace(",", "\\,"));
        }
        return String.join(", ", escaped);
    }

    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            default -> String.valueOf(c);
        };
    }

    /** Spaces around a separator are padding; escaped characters count even when blank. */
    private static void add(List<String> stops, StringBuilder current, int kept) {
        if (kept > 0) {
            stops.add(current.substring(0, kept));
        }
        current.setLength(0);
    }
}
