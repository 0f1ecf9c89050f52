package dev.promptsmith.template;

/** A highlighted stretch of template text: offsets into the text, {@code end} exclusive. */
public record TemplateSpan(SpanKind kind, int start, int end) {

    public int length() {
        return end - start;
    }
}
