package dev.promptsmith.template;

import java.util.Arrays;

/** Converts between character offsets and 1-based line/column positions of one text. */
final class LineIndex {

    private final String text;
    /** Offset at which each line starts; line n (1-based) starts at lineStarts[n - 1]. */
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset of a 1-based line and column, clamped to the text; -1 if the line does not exist. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return -1;
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return Math.min(start + Math.max(column, 1) - 1, end);
    }

    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of a line (its newline excluded). */
    int lineEnd(int line) {
        return line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    }

    TemplateProblem problemAt(int offset, String message) {
        return new TemplateProblem("", line(offset), column(offset), message);
    }
}
