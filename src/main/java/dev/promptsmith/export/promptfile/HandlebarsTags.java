package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Handlebars template into text and mustaches. An escaped mustache ({@code \{{x}}}) is text,
 * as Handlebars prints it; comments, triple mustaches and {@code ~} whitespace control are recognised.
 */
final class HandlebarsTags {

    enum Kind { TEXT, MUSTACHE, COMMENT, UNCLOSED }

    /**
     * @param content the inside of a mustache without braces and {@code ~}, trimmed; the text for TEXT
     * @param line 1-based line where the piece starts
     */
    record Piece(Kind kind, String content, String source, boolean trimLeft, boolean trimRight, int line) {
    }

    private HandlebarsTags() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int pendingStart = 0;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                pending.append(text, i, text.length());
                break;
            }
            if (open > 0 && text.charAt(open - 1) == '\\' && !(open > 1 && text.charAt(open - 2) == '\\')) {
                int close = text.indexOf("}}", open + 2);
                int end = close < 0 ? text.length() : close + 2;
                pending.append(text, i, open - 1).append(text, open, end);
                i = end;
                continue;
            }
            String before = text.substring(i, open);
            pending.append(before.endsWith("\\\\") ? before.substring(0, before.length() - 1) : before);
            flush(pieces, pending, text, pendingStart);
            int end = closing(text, open);
            if (end < 0) {
                pieces.add(new Piece(Kind.UNCLOSED, text.substring(open), text.substring(open), false, false,
                        JinjaTags.lineOf(text, open)));
                return pieces;
            }
            pieces.add(mustache(text, open, end));
            i = end;
            pendingStart = i;
        }
        flush(pieces, pending, text, pendingStart);
        return pieces;
    }

    /** The index just past the mustache that opens at {@code open}, or -1. */
    private static int closing(String text, int open) {
        if (text.startsWith("{{!--", open)) {
            int close = text.indexOf("--}}", open + 5);
            return close < 0 ? -1 : close + 4;
        }
        boolean triple = text.startsWith("{{{", open);
        int close = text.indexOf(triple ? "}}}" : "}}", open + (triple ? 3 : 2));
        return close < 0 ? -1 : close + (triple ? 3 : 2);
    }

    private static Piece mustache(String text, int open, int end) {
        String source = text.substring(open, end);
        int line = JinjaTags.lineOf(text, open);
        if (source.startsWith("{{!")) {
            String inner = source.startsWith("{{!--") ? source.substring(5, source.length() - 4) : source.substring(3, source.length() - 2);
            return new Piece(Kind.COMMENT, inner.strip(), source, false, false, line);
        }
        int braces = source.startsWith("{{{") ? 3 : 2;
        String inner = source.substring(braces, source.length() - braces);
        boolean trimLeft = inner.startsWith("~");
        boolean trimRight = inner.endsWith("~");
        inner = inner.substring(trimLeft ? 1 : 0, inner.length() - (trimRight && inner.length() > 1 ? 1 : 0));
        return new Piece(Kind.MUSTACHE, inner.strip(), source, trimLeft, trimRight, line);
    }

    private static void flush(List<Piece> pieces, StringBuilder pending, String text, int start) {
        if (pending.length() > 0) {
            pieces.add(new Piece(Kind.TEXT, pending.toString(), pending.toString(), false, false, JinjaTags.lineOf(text, start)));
            pending.setLength(0);
        }
    }
}
