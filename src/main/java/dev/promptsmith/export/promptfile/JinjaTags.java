package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Jinja template into text and tags for translation. Quoted strings inside a tag may hold
 * the closing delimiter; the body of a {@code {% raw %}} block is text.
 */
final class JinjaTags {

    enum Kind { TEXT, EXPRESSION, STATEMENT, COMMENT, UNCLOSED }

    /**
     * One piece of the template.
     *
     * @param content for tags, the inside without delimiters and whitespace markers, trimmed
     * @param trimLeft the tag starts with {@code -} (removes whitespace before it)
     * @param trimRight the tag ends with {@code -} (removes whitespace after it)
     * @param line 1-based line of the piece's start
     */
    record Piece(Kind kind, String content, String source, boolean trimLeft, boolean trimRight, int line) {
    }

    private JinjaTags() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int textStart = 0;
        while (i < text.length() - 1) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) != '{' || next != '{' && next != '%' && next != '#') {
                i++;
                continue;
            }
            addText(pieces, text, textStart, i);
            String close = next == '{' ? "}}" : next == '%' ? "%}" : "#}";
            int end = next == '#' ? text.indexOf(close, i + 2) : closing(text, i + 2, close);
            if (end < 0) {
                pieces.add(new Piece(Kind.UNCLOSED, text.substring(i), text.substring(i), false, false, lineOf(text, i)));
                return pieces;
            }
            pieces.add(tag(text, i, end, next));
            i = end + 2;
            textStart = i;
            if (next == '%' && pieces.get(pieces.size() - 1).content().equals("raw")) {
                int endRaw = findEndRaw(text, i);
                if (endRaw < 0) {
                    addText(pieces, text, i, text.length());
                    return pieces;
                }
                addText(pieces, text, i, endRaw);
                i = endRaw;
                textStart = i;
            }
        }
        addText(pieces, text, textStart, text.length());
        return pieces;
    }

    private static Piece tag(String text, int start, int end, char kindChar) {
        int from = start + 2;
        int to = end;
        boolean trimLeft = from < to && isMarker(text.charAt(from));
        if (trimLeft || from < to && text.charAt(from) == '+') {
            from++;
        }
        boolean trimRight = to > from && isMarker(text.charAt(to - 1));
        if (trimRight || to > from && text.charAt(to - 1) == '+') {
            to--;
        }
        Kind kind = kindChar == '{' ? Kind.EXPRESSION : kindChar == '%' ? Kind.STATEMENT : Kind.COMMENT;
        return new Piece(kind, text.substring(from, to).strip(), text.substring(start, end + 2), trimLeft, trimRight,
                lineOf(text, start));
    }

    private static boolean isMarker(char c) {
        return c == '-';
    }

    private static int closing(String text, int from, String close) {
        char quote = 0;
        for (int i = from; i < text.length() - 1; i++) {
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
        return quote != 0 ? text.indexOf(close, from) : -1;
    }

    private static int findEndRaw(String text, int from) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{%-?\\s*endraw\\s*-?%}").matcher(text);
        return m.find(from) ? m.start() : -1;
    }

    private static void addText(List<Piece> pieces, String text, int from, int to) {
        if (to > from) {
            String part = text.substring(from, to);
            pieces.add(new Piece(Kind.TEXT, part, part, false, false, lineOf(text, from)));
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
