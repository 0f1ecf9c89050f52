package dev.promptsmith.eval.assertion;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How values appear inside reasons: quoted, on one line, and short enough to read in a table cell. */
final class Texts {

    private static final int MAX_QUOTE = 60;
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private Texts() {
    }

    /** {@code 'text'}, on one line, cut with an ellipsis when long. */
    static String quote(String text) {
        String oneLine = LINE_BREAK.matcher(text).replaceAll(" ⏎ ");
        if (oneLine.codePointCount(0, oneLine.length()) > MAX_QUOTE) {
            oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_QUOTE - 1)) + "…";
        }
        return "'" + oneLine + "'";
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    /** {@code 'a', 'b', 'c'}. */
    static String quoteAll(Collection<String> texts) {
        return texts.stream().map(Texts::quote).collect(Collectors.joining(", "));
    }

    /** A number without needless decimals: {@code 5}, {@code 0.75}. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A score or similarity with two decimals, as a person reads it. */
    static String decimal2(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
