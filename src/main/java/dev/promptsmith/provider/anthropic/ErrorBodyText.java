package dev.promptsmith.provider.anthropic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one line what an error body that is not Anthropic's error JSON holds: nothing, an HTML page
 * (a proxy's or load balancer's, shown by its title), or other text. The status alone is rarely enough
 * to tell a user where the fault is.
 */
final class ErrorBodyText {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ErrorBodyText() {
    }

    /** E.g. {@code HTTP 502 from the server, body is HTML, not JSON: 502 Bad Gateway}. */
    static String describe(int status, String body) {
        String prefix = "HTTP " + status + " from the server";
        if (body == null || body.isBlank()) {
            return prefix + " with an empty body";
        }
        if (looksLikeHtml(body)) {
            return prefix + ", body is HTML, not JSON: " + htmlSummary(body);
        }
        return prefix + ", body is not JSON: " + AnthropicJson.excerpt(body);
    }

    /** For JSON that parsed but is not the documented error shape. */
    static String undocumentedJson(int status, String body) {
        return "HTTP " + status + " from the server, body is not Anthropic's error JSON: "
                + AnthropicJson.excerpt(body);
    }

    private static boolean looksLikeHtml(String body) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
    }

    private static String htmlSummary(String body) {
        Matcher title = TITLE.matcher(body);
        String text = title.find() ? title.group(1) : TAG.matcher(body).replaceAll(" ");
        return AnthropicJson.excerpt(unescape(text));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
