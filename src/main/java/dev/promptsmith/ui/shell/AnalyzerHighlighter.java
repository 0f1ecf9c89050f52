package dev.promptsmith.ui.shell;

import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.template.SpanKind;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.template.TemplateSpan;
import dev.promptsmith.ui.editor.EditorStyles;
import dev.promptsmith.ui.editor.StyledRange;
import dev.promptsmith.ui.editor.SyntaxHighlighter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Feeds the editor's highlighting from the template analyzer, so the editor and rendering agree. */
final class AnalyzerHighlighter implements SyntaxHighlighter {

    private static final Map<SpanKind, String> STYLE = new EnumMap<>(Map.of(
            SpanKind.DELIMITER, "tpl-delimiter",
            SpanKind.EXPRESSION, EditorStyles.TPL_EXPRESSION,
            SpanKind.STATEMENT, EditorStyles.TPL_STATEMENT,
            SpanKind.COMMENT, EditorStyles.TPL_COMMENT,
            SpanKind.KEYWORD, "tpl-keyword",
            SpanKind.STRING, "tpl-string",
            SpanKind.FILTER, "tpl-filter",
            SpanKind.VARIABLE, EditorStyles.TPL_VARIABLE,
            SpanKind.UNDEFINED_VARIABLE, EditorStyles.TPL_UNDEFINED,
            SpanKind.SECTION_TAG, EditorStyles.TPL_TAG));

    private final TemplateAnalyzer analyzer;
    private final Supplier<TemplateSyntax> syntax;

    AnalyzerHighlighter(TemplateAnalyzer analyzer, Supplier<TemplateSyntax> syntax) {
        this.analyzer = analyzer;
        this.syntax = syntax;
    }

    @Override
    public List<StyledRange> highlight(String text, Set<String> knownVariables) {
        List<StyledRange> ranges = new ArrayList<>();
        for (TemplateSpan span : analyzer.analyze(text, syntax.get(), knownVariables).spans()) {
            ranges.add(new StyledRange(span.start(), span.end(), STYLE.get(span.kind())));
        }
        return ranges;
    }
}
