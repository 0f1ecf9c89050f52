package dev.promptsmith.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what the analysis of one template finds; spans may be added out of order. */
final class AnalysisSink {

    private final LineIndex lines;
    private final List<TemplateSpan> spans = new ArrayList<>();
    private final Set<String> referenced = new LinkedHashSet<>();
    private final List<TemplateProblem> problems = new ArrayList<>();

    AnalysisSink(LineIndex lines) {
        this.lines = lines;
    }

    void span(SpanKind kind, int start, int end) {
        if (end > start) {
            spans.add(new TemplateSpan(kind, start, end));
        }
    }

    void referenced(String name) {
        referenced.add(name);
    }

    void problem(int offset, String message) {
        problems.add(lines.problemAt(offset, message));
    }

    TemplateAnalysis toAnalysis() {
        List<TemplateSpan> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TemplateProblem> byPosition = new ArrayList<>(problems);
        byPosition.sort((a, b) -> a.line() != b.line()
                ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return new TemplateAnalysis(sorted, referenced, byPosition);
    }
}
