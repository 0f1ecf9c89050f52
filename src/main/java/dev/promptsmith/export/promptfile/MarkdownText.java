package dev.promptsmith.export.promptfile;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small Markdown writing helpers: fenced blocks that survive backticks in the text, safe table cells. */
final class MarkdownText {

    private static final int CELL_MAX = 120;
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** A fenced block one backtick longer than the longest run of backticks in the text (at least three). */
    static String fenced(String text, String language) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /** One table cell: a single line, pipes escaped, long text cut with an ellipsis. */
    static String cell(Object value) {
        String text = value == null ? "" : value instanceof String s ? s : JsonOutput.compact(value);
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() > CELL_MAX) {
            oneLine = oneLine.substring(0, CELL_MAX - 1).strip() + "…";
        }
        return oneLine.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** {@code name: value; name: value} for a vars map, as one cell. */
    static String vars(Map<String, Object> vars) {
        return cell(vars.entrySet().stream().map(e -> e.getKey() + ": " + cellText(e.getValue()))
                .collect(Collectors.joining("; ")));
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String header(List<String> titles) {
        return row(titles) + row(titles.stream().map(t -> "---").toList());
    }

    private static String cellText(Object value) {
        return value instanceof String s ? s : value == null ? "null" : JsonOutput.compact(value);
    }
}
