package dev.promptsmith.template;

import java.util.ArrayList;
import java.util.List;

/** Splits the inside of a tag into {@link ExpressionToken}s; never fails, whatever the input. */
final class ExpressionLexer {

    private static final String[] TWO_CHAR_OPERATORS = {"==", "!=", "<=", ">=", "//", "**"};

    private ExpressionLexer() {
    }

    static List<ExpressionToken> tokens(String text, int from, int to) {
        List<ExpressionToken> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int end;
            ExpressionToken.Type type;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '\'' || c == '"') {
                end = stringEnd(text, i, to);
                type = ExpressionToken.Type.STRING;
            } else if (Character.isDigit(c)) {
                end = i + 1;
                while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                type = ExpressionToken.Type.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                type = ExpressionToken.Type.NAME;
            } else {
                end = i + (isTwoCharOperator(text, i, to) ? 2 : 1);
                type = ExpressionToken.Type.OPERATOR;
            }
            tokens.add(new ExpressionToken(type, i, end, text.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static int stringEnd(String text, int open, int to) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return to;
    }

    private static boolean isTwoCharOperator(String text, int i, int to) {
        if (i + 1 >= to) {
            return false;
        }
        for (String op : TWO_CHAR_OPERATORS) {
            if (text.startsWith(op, i)) {
                return true;
            }
        }
        return false;
    }
}
