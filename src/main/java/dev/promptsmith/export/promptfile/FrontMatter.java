package dev.promptsmith.export.promptfile;

/**
 * A file split into its YAML front matter (between {@code ---} lines) and the body after it.
 *
 * @param yaml the front matter text, or null when the file has none
 * @param yamlLine the file line the front matter text starts on
 * @param body the text after the closing fence, with line breaks as {@code \n}
 * @param bodyLine the file line the body starts on
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    boolean present() {
        return yaml != null;
    }

    /**
     * Splits {@code text}. Blank lines (and, when {@code commentsBefore}, lines starting with {@code #},
     * e.g. a licence header) may come before the opening fence. An opening fence without a closing one
     * is reported and the whole file is treated as body.
     */
    static FrontMatter split(String text, boolean commentsBefore, ProblemList problems) {
        String normal = text.replace("\r\n", "\n");
        if (normal.startsWith("\uFEFF")) {
            normal = normal.substring(1);
        }
        String[] lines = normal.split("\n", -1);
        int open = 0;
        while (open < lines.length && skippable(lines[open], commentsBefore)) {
            open++;
        }
        if (open == lines.length || !isFence(lines[open])) {
            return new FrontMatter(null, 0, normal, 1);
        }
        for (int close = open + 1; close < lines.length; close++) {
            if (isFence(lines[close])) {
                return new FrontMatter(join(lines, open + 1, close), open + 2, join(lines, close + 1, lines.length), close + 2);
            }
        }
        problems.error(open + 1, "the front matter that starts here has no closing '---' line;"
                + " expected YAML between two '---' lines, then the prompt text");
        return new FrontMatter(null, 0, normal, 1);
    }

    private static boolean skippable(String line, boolean commentsBefore) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || commentsBefore && trimmed.startsWith("#");
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(lines[i]);
            if (i + 1 < to) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
