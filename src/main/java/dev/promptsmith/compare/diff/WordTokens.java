package dev.promptsmith.compare.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into the units of a word diff: words (letters, digits, underscores and their combining
 * marks), runs of whitespace, and every other character alone (punctuation, symbols). Ideographs
 * (Chinese, Japanese kanji) are single tokens each, since those scripts put no spaces between words
 * and a whole sentence would otherwise be one "word".
 *
 * @param starts the character offset of each token; the text's length follows the last
 */
record WordTokens(List<String> texts, int[] starts, int length) {

    static WordTokens of(String text) {
        List<String> texts = new ArrayList<>();
        int[] starts = new int[16];
        int i = 0;
        while (i < text.length()) {
            int end = tokenEnd(text, i);
            if (texts.size() == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[texts.size()] = i;
            texts.add(text.substring(i, end));
            i = end;
        }
        return new WordTokens(texts, java.util.Arrays.copyOf(starts, texts.size()), text.length());
    }

    int size() {
        return texts.size();
    }

    /** Offset where token {@code index} starts; {@code size()} gives the end of the text. */
    int start(int index) {
        return index == starts.length ? length : starts[index];
    }

    private static int tokenEnd(String text, int start) {
        int first = text.codePointAt(start);
        int end = start + Character.charCount(first);
        if (Character.isIdeographic(first)) {
            return end;
        }
        Kind kind = Kind.of(first);
        if (kind == Kind.OTHER) {
            return end;
        }
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (Kind.of(cp) != kind || Character.isIdeographic(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private enum Kind {
        WORD, SPACE, OTHER;

        static Kind of(int cp) {
            if (Character.isLetterOrDigit(cp) || cp == '_' || isMark(cp)) {
                return WORD;
            }
            return Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? SPACE : OTHER;
        }

        private static boolean isMark(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }
    }
}
