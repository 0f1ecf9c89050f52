package dev.promptsmith.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Jinja tags of a template in one linear pass, without Jinjava. Shared by the
 * editor's analysis, by the renderer, which uses it to turn Jinjava's positions into exact ones, and
 * by the prompt file exporters, which translate templates tag by tag.
 */
public final class TemplateLexer {

    private static final Pattern END_RAW = Pattern.compile("\\{%[-+]?\\s*endraw\\s*[-+]?%}");

    private TemplateLexer() {
    }

    /** All tags in text order. The body of a {@code {% raw %}} block is text, not tags. */
    public static List<TemplateTag> scan(String text) {
        List<TemplateTag> tags = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = nextOpening(text, i);
            if (open < 0) {
                return tags;
            }
            TemplateTag tag = readTag(text, open);
            tags.add(tag);
            i = tag.closed() ? tag.end() : tag.contentStart();
            if (tag.closed() && "raw".equals(tag.statementName(text))) {
                Matcher endRaw = END_RAW.matcher(text);
                if (!endRaw.find(i)) {
                    return tags; // Unclosed raw: everything after it is text, and the analyzer reports it.
                }
                i = endRaw.start();
            }
        }
    }

    private static int nextOpening(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '{') {
                char next = text.charAt(i + 1);
                if (next == '{' || next == '%' || next == '#') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static TemplateTag readTag(String text, int open) {
        TemplateTag.Kind kind = switch (text.charAt(open + 1)) {
            case '{' -> TemplateTag.Kind.EXPRESSION;
            case '%' -> TemplateTag.Kind.STATEMENT;
            default -> TemplateTag.Kind.COMMENT;
        };
        int contentStart = open + 2;
        if (contentStart < text.length() && isTrimMarker(text.charAt(contentStart))) {
            contentStart++;
        }
        int close = kind == TemplateTag.Kind.COMMENT
                ? text.indexOf(kind.close, contentStart)
                : closingOutsideStrings(text, contentStart, kind.close);
        if (close < 0) {
            return new TemplateTag(kind, open, contentStart, contentStart, contentStart, false);
        }
        int contentEnd = close > contentStart && isTrimMarker(text.charAt(close - 1)) ? close - 1 : close;
        return new TemplateTag(kind, open, contentStart, contentEnd, close + 2, true);
    }

    /** Index of {@code close}, skipping quoted strings so that {@code {{ "}}" }}} stays one tag. */
    private static int closingOutsideStrings(String text, int from, String close) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (text.startsWith(close, i)) {
                return i;
            }
        }
        // An unbalanced quote must not hide the closing delimiter: retry ignoring strings.
        return quote != 0 ? text.indexOf(close, from) : -1;
    }

    private static boolean isTrimMarker(char c) {
        return c == '-' || c == '+';
    }
}
