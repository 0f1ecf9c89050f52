package dev.promptsmith.export.code;

import dev.promptsmith.template.PlaceholderTemplate;
import java.util.function.Function;

/**
 * JavaScript string literals that mean exactly the given text: double-quoted, or template literals
 * (backticks) for text over several lines and for templates of plain placeholders, with backticks,
 * {@code ${} and every control or invisible character escaped.
 */
final class JsText {

    private JsText() {
    }

    static String literal(String text) {
        if (text.indexOf('\n') >= 0 && text.length() > 40) {
            return "`" + escape(text, true) + "`";
        }
        return "\"" + escape(text, false) + "\"";
    }

    /** A template literal that renders {@code template} with each variable's identifier from {@code ids}. */
    static String templateLiteral(PlaceholderTemplate template, Function<String, String> ids) {
        StringBuilder out = new StringBuilder("`");
        for (PlaceholderTemplate.Piece piece : template.pieces()) {
            out.append(piece.isVariable() ? "${" + ids.apply(piece.variable()) + "}" : escape(piece.text(), true));
        }
        return out.append('`').toString();
    }

    private static String escape(String text, boolean backticks) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append(backticks ? "\"" : "\\\"");
                case '`' -> out.append(backticks ? "\\`" : "`");
                case '$' -> out.append(backticks && i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : "$");
                case '\n' -> out.append(backticks ? "\n" : "\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean pairedSurrogate = Character.isSurrogate(c) && Character.codePointAt(text, i) > 0xFFFF
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                    if (!pairedSurrogate && Invisible.is(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
