package dev.promptsmith.compare.grid;

/**
 * Text comparison the filters run on every cell of every row, written to allocate nothing: a filter
 * over 10,000 rows × 6 columns must not normalise 60,000 outputs each time it runs.
 */
final class TextMatch {

    private TextMatch() {
    }

    /**
     * Whether two texts are the same once each is trimmed and every run of whitespace counts as one
     * space: "billing\n" equals " billing", "a  b" equals "a\nb", "ab" does not equal "a b".
     */
    static boolean sameIgnoringSpacing(String a, String b) {
        int i = skipSpace(a, 0);
        int j = skipSpace(b, 0);
        while (i < a.length() && j < b.length()) {
            boolean spaceA = Character.isWhitespace(a.charAt(i));
            boolean spaceB = Character.isWhitespace(b.charAt(j));
            if (spaceA != spaceB) {
                return false;
            }
            if (spaceA) {
                i = skipSpace(a, i);
                j = skipSpace(b, j);
                // A run at the very end of one side is trailing space, not a separator.
                if (i == a.length() || j == b.length()) {
                    break;
                }
            } else if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
        return skipSpace(a, i) == a.length() && skipSpace(b, j) == b.length();
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
