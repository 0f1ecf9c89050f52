package dev.promptsmith.export.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Java string literals that mean exactly the given text. Control characters use octal escapes, never
 * {@code \}{@code u} escapes: javac turns those into the character before it reads the code, so an
 * escaped line break would end the literal. Long text is split into chunks joined at run time, because
 * one constant string may not exceed 65,535 bytes in a class file.
 */
final class JavaText {

    private static final int CHUNK = 8_000;

    private JavaText() {
    }

    /** An expression for {@code text}: one literal, or {@code String.join("", …)} of line-sized chunks. */
    static String expression(String text, String indent) {
        List<String> chunks = chunks(text);
        if (chunks.size() <= 1 || text.length() <= 80) {
            return literal(text);
        }
        StringBuilder out = new StringBuilder("String.join(\"\",");
        for (int i = 0; i < chunks.size(); i++) {
            out.append('\n').append(indent).append("        ").append(literal(chunks.get(i)))
                    .append(i + 1 < chunks.size() ? "," : ")");
        }
        return out.toString();
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                        // A lone surrogate cannot be written in UTF-8; a Unicode escape is safe here.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Pieces of {@code text} that end after a line break, or at most {@link #CHUNK} chars, never mid-pair. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end + 1;
            if (end - from > CHUNK) {
                end = from + CHUNK;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
            }
            chunks.add(text.substring(from, end));
            from = end;
        }
        return chunks;
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
