package dev.promptsmith.provider.gemini;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short one-line excerpts of response bodies for error messages, and the description of a body
 * that is not JSON (an HTML page from a proxy, plain text, nothing).
 */
final class BodyExcerpt {

    /** Longest excerpt put in a message, so a whole HTML page never lands in the status bar. */
    static final int MAX_CHARS = 120;
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private BodyExcerpt() {
    }

    /** The body on one line, cut to {@link #MAX_CHARS} with an ellipsis. */
    static String of(String body) {
        String line = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1) + "…";
    }

    /** A message for a non-2xx body that could not be read as JSON. */
    static String describeNonJson(int status, String body) {
        String prefix = "HTTP " + status + " from the server";
        if (body == null || body.isBlank()) {
            return prefix + " with an empty body";
        }
        if (looksLikeHtml(body)) {
            Matcher title = TITLE.matcher(body);
            String shown = of(title.find() ? title.group(1) : TAG.matcher(body).replaceAll(" "));
            return prefix + ", body is HTML, not JSON: " + shown;
        }
        return prefix + ", body is not JSON: " + of(body);
    }

    private static boolean looksLikeHtml(String body) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<title");
    }
}
