package dev.promptsmith.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds XML-style section tags ({@code <instructions>}, {@code </example>}, {@code <doc id="2"/>})
 * in prompt text. Template tags inside a section tag, as in {@code <example id="{{ ex.id }}">},
 * are allowed: the section tag is reported in pieces around them, so spans never overlap.
 */
final class SectionTagFinder {

    private static final Pattern SECTION_TAG = Pattern.compile(
            "</?[A-Za-z][\\w.:-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\\s\"'=<>`]+))?)*\\s*/?>");

    private SectionTagFinder() {
    }

    static void find(String text, List<TemplateTag> tags, AnalysisSink sink) {
        // Masking each template tag with letters lets one regex see through it as an attribute value.
        char[] masked = text.toCharArray();
        for (TemplateTag tag : tags) {
            int end = tag.closed() ? tag.end() : tag.contentStart();
            for (int i = tag.start(); i < end; i++) {
                masked[i] = 'x';
            }
        }
        Matcher m = SECTION_TAG.matcher(new String(masked));
        int tagIndex = 0;
        while (m.find()) {
            int pos = m.start();
            while (tagIndex < tags.size() && tagEnd(tags.get(tagIndex)) <= pos) {
                tagIndex++;
            }
            int i = tagIndex;
            while (pos < m.end()) {
                if (i < tags.size() && tags.get(i).start() < m.end()) {
                    TemplateTag inside = tags.get(i);
                    sink.span(SpanKind.SECTION_TAG, pos, inside.start());
                    pos = Math.max(pos, tagEnd(inside));
                    i++;
                } else {
                    sink.span(SpanKind.SECTION_TAG, pos, m.end());
                    pos = m.end();
                }
            }
        }
    }

    private static int tagEnd(TemplateTag tag) {
        return tag.closed() ? tag.end() : tag.contentStart();
    }
}
