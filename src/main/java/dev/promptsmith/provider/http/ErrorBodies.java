package dev.promptsmith.provider.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Error bodies as wire formats meet them: parsed quietly when JSON, described when not, quoted in short excerpts. */
public final class ErrorBodies {

    /** Longest excerpt put in a message: enough to recognise the body, too short to flood the status bar or a log. */
    public static final int EXCERPT_LIMIT = 120;

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ErrorBodies() {
    }

    /** The body as JSON, or empty when it is blank or not JSON, as proxy pages and plain-text faults are. */
    public static Optional<JsonNode> parse(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readTree(body));
        } catch (JsonProcessingException notJson) {
            // Expected, not a fault: describeNonJson says what the body was instead.
            return Optional.empty();
        }
    }

    /** The text on one line, whitespace collapsed, cut to {@value #EXCERPT_LIMIT} characters with an ellipsis. */
    public static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "(empty)";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT_LIMIT ? line : line.substring(0, EXCERPT_LIMIT - 1) + "…";
    }

    /**
     * Says in one line what a body that is not JSON holds, e.g. {@code HTTP 502 from the server, body is
     * HTML, not JSON: 502 Bad Gateway}: the status alone rarely tells a user where the fault is.
     */
    public static String describeNonJson(int status, String body) {
        String prefix = "HTTP " + status + " from the server";
        if (body == null || body.isBlank()) {
            return prefix + " with an empty body";
        }
        if (looksLikeHtml(body)) {
            return prefix + ", body is HTML, not JSON: " + htmlSummary(body);
        }
        return prefix + ", body is not JSON: " + excerpt(body);
    }

    private static boolean looksLikeHtml(String body) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.contains("<title") || start.contains("<body");
    }

    /** The page title; a page without one (or with an empty one) is shown by its text. */
    private static String htmlSummary(String body) {
        Matcher title = TITLE.matcher(body);
        String text = title.find() && !title.group(1).isBlank() ? title.group(1) : TAG.matcher(body).replaceAll(" ");
        return excerpt(unescape(text));
    }

    private static String unescape(String text) {
        // &amp; last, so "&amp;lt;" stays the literal text "&lt;".
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
