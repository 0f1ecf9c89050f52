package dev.promptsmith.ui.editor;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Applies document-wide style spans to a code area, touching only the paragraphs whose
 * styles changed. Restyling a 400 KB document wholesale costs far more than comparing it,
 * and after a keystroke usually one paragraph differs.
 */
final class ParagraphStyler {

    private ParagraphStyler() {
    }

    /**
     * Restyles the span of paragraphs from the first to the last that differ, in one change.
     *
     * @return how many paragraphs were restyled; 0 when nothing differed or the spans do
     *         not fit the area's current text
     */
    static int apply(CodeArea area, StyleSpans<Collection<String>> spans) {
        if (spans.length() != area.getLength()) {
            return 0;
        }
        var paragraphs = area.getParagraphs();
        SpanCursor cursor = new SpanCursor(spans);
        int first = -1;
        int last = -1;
        int firstOffset = 0;
        int lastEnd = 0;
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph<Collection<String>, String, Collection<String>> paragraph = paragraphs.get(p);
            int end = offset + paragraph.length();
            if (!cursor.matches(paragraph.getStyleSpans(), offset, end)) {
                if (first < 0) {
                    first = p;
                    firstOffset = offset;
                }
                last = p;
                lastEnd = end;
            }
            offset = end + 1; // the line break between paragraphs
        }
        if (first < 0) {
            return 0;
        }
        area.setStyleSpans(firstOffset, spans.subView(firstOffset, lastEnd));
        return last - first + 1;
    }

    /** Walks the document spans forward; paragraphs are visited in order, so it never rewinds. */
    private static final class SpanCursor {
        private final StyleSpans<Collection<String>> spans;
        private int index;
        private int spanStart;

        SpanCursor(StyleSpans<Collection<String>> spans) {
            this.spans = spans;
        }

        /** Whether {@code actual} styles {@code [from, to)} as the document spans do. */
        boolean matches(StyleSpans<Collection<String>> actual, int from, int to) {
            int pos = from;
            int actualIndex = 0;
            int actualLeft = 0;
            Collection<String> actualStyle = List.of();
            while (pos < to) {
                while (actualLeft == 0) {
                    if (actualIndex >= actual.getSpanCount()) {
                        return false;
                    }
                    StyleSpan<Collection<String>> span = actual.getStyleSpan(actualIndex++);
                    actualLeft = span.getLength();
                    actualStyle = span.getStyle();
                }
                StyleSpan<Collection<String>> expected = spanAt(pos);
                int expectedLeft = spanStart + expected.getLength() - pos;
                if (!expected.getStyle().equals(actualStyle)) {
                    return false;
                }
                int step = Math.min(Math.min(actualLeft, expectedLeft), to - pos);
                pos += step;
                actualLeft -= step;
            }
            return true;
        }

        private StyleSpan<Collection<String>> spanAt(int pos) {
            StyleSpan<Collection<String>> span = spans.getStyleSpan(index);
            while (spanStart + span.getLength() <= pos && index + 1 < spans.getSpanCount()) {
                spanStart += span.getLength();
                span = spans.getStyleSpan(++index);
            }
            return span;
        }
    }
}
