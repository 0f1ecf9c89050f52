package dev.promptsmith.export.code;

import dev.promptsmith.template.PlaceholderTemplate;
import java.util.function.Function;

/**
 * Python string literals that mean exactly the given text: escapes for quotes, backslashes and every
 * control or invisible character; triple quotes for text over several lines; f-strings for templates
 * of plain placeholders (with literal braces doubled).
 */
final class PythonText {

    private PythonText() {
    }

    /** A literal for {@code text}, triple-quoted when it spans lines. */
    static String literal(String text) {
        return isMultiline(text) ? "\"\"\"\\\n" + escape(text, true, false) + "\"\"\"" : "\"" + escape(text, false, false) + "\"";
    }

    /** An f-string that renders {@code template} with each variable's identifier from {@code ids}. */
    static String fString(PlaceholderTemplate template, Function<String, String> ids) {
        boolean multiline = template.pieces().stream().anyMatch(p -> !p.isVariable() && isMultiline(p.text()));
        StringBuilder out = new StringBuilder(multiline ? "f\"\"\"\\\n" : "f\"");
        for (PlaceholderTemplate.Piece piece : template.pieces()) {
            out.append(piece.isVariable() ? "{" + ids.apply(piece.variable()) + "}" : escape(piece.text(), multiline, true));
        }
        return out.append(multiline ? "\"\"\"" : "\"").toString();
    }

    private static boolean isMultiline(String text) {
        return text.indexOf('\n') >= 0 && text.length() > 40;
    }

    private static String escape(String text, boolean keepNewlines, boolean doubleBraces) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append(keepNewlines ? "\n" : "\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '{' -> out.append(doubleBraces ? "{{" : "{");
                case '}' -> out.append(doubleBraces ? "}}" : "}");
                default -> {
                    if (Invisible.is(cp)) {
                        out.append(cp <= 0xFF ? String.format("\\x%02x", cp)
                                : cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
