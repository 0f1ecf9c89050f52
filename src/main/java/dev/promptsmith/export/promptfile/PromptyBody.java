package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a {@code .prompty} file: messages separated by role lines such as {@code system:} or
 * {@code user:}, split the way Prompty's chat parser splits them (after rendering the template).
 */
final class PromptyBody {

    /** Prompty's role boundary: a whole line {@code role:}, optionally {@code # role:} or {@code role[k=v]:}. */
    static final Pattern BOUNDARY = Pattern.compile(
            "(?i)^\\s*#?\\s*(assistant|function|system|user|tools)(\\[[^\\]]*\\])?\\s*:\\s*$");

    /** One message of a body, with the file line of its role marker (of its first text line when it has none). */
    record Block(String role, String args, String content, int line) {
    }

    private PromptyBody() {
    }

    /**
     * Each message as {@code role:} on its own line, then the text, then a line break: read back with
     * Prompty's rule (the lines between two markers joined with line breaks) this gives the text exactly.
     */
    static String write(List<Block> messages) {
        StringBuilder body = new StringBuilder();
        for (Block message : messages) {
            body.append(message.role()).append(":\n").append(message.content()).append('\n');
        }
        return body.toString();
    }

    /** The 1-based line within {@code text} that Prompty would take for a role marker, or 0. */
    static int markerLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (BOUNDARY.matcher(lines[i]).matches() || lines[i].strip().startsWith("![thread]")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Splits a body; text before the first marker is a system message, as in Prompty. */
    static List<Block> parse(String body, int firstLine) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        if (body.endsWith("\n")) {
            lines.remove(lines.size() - 1); // like Python's splitlines: a final line break ends the last line
        }
        List<Block> blocks = new ArrayList<>();
        String role = "system";
        String args = null;
        int line = firstLine;
        List<String> buffer = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            Matcher m = BOUNDARY.matcher(text);
            boolean thread = text.strip().startsWith("![thread]");
            if (m.matches() || thread) {
                flush(blocks, role, args, buffer, line);
                role = thread ? "thread" : m.group(1).toLowerCase(Locale.ROOT);
                args = thread || m.group(2) == null ? null : m.group(2);
                line = firstLine + i;
                buffer = new ArrayList<>();
            } else {
                buffer.add(text);
            }
        }
        flush(blocks, role, args, buffer, line);
        return blocks;
    }

    private static void flush(List<Block> blocks, String role, String args, List<String> buffer, int line) {
        boolean leadingBlank = blocks.isEmpty() && "system".equals(role) && args == null
                && buffer.stream().allMatch(String::isBlank);
        if (!buffer.isEmpty() && !leadingBlank || "thread".equals(role)) {
            blocks.add(new Block(role, args, String.join("\n", buffer), line));
        }
    }
}
