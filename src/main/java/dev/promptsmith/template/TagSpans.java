package dev.promptsmith.template;

import java.util.ArrayList;
import java.util.List;

/** The spans of one tag's inside: the classified tokens, with the gaps between them given the tag's base kind. */
final class TagSpans {

    private final SpanKind base;
    private final List<TemplateSpan> spans = new ArrayList<>();

    TagSpans(SpanKind base) {
        this.base = base;
    }

    void add(SpanKind kind, int start, int end) {
        spans.add(new TemplateSpan(kind, start, end));
    }

    void flush(AnalysisSink sink, int from, int to) {
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int pos = from;
        for (TemplateSpan span : spans) {
            if (span.start() < pos) {
                continue; // Already covered by an attribute chain that started earlier.
            }
            sink.span(base, pos, span.start());
            sink.span(span.kind(), span.start(), span.end());
            pos = span.end();
        }
        sink.span(base, pos, to);
    }
}
