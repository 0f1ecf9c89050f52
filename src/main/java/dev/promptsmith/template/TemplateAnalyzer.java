package dev.promptsmith.template;

import dev.promptsmith.model.TemplateSyntax;
import java.util.List;
import java.util.Set;

/**
 * Static analysis of one template text for the editor: highlighting spans, the variables it reads,
 * syntax problems and undefined variables. Pure and linear in the text, without Jinjava, so it can
 * run on every typing pause. Rendering ({@link PromptRenderer}) remains the final word.
 */
public final class TemplateAnalyzer {

    /**
     * @param knownVariables the variables the caller will provide (e.g. the test cases' vars);
     *                       {@code examples} is always provided
     */
    public TemplateAnalysis analyze(String text, TemplateSyntax syntax, Set<String> knownVariables) {
        if (text == null || text.isEmpty()) {
            return TemplateAnalysis.EMPTY;
        }
        AnalysisSink sink = new AnalysisSink(new LineIndex(text));
        if (syntax == TemplateSyntax.RAW) {
            SectionTagFinder.find(text, List.of(), sink); // Raw text has no template syntax, only prose.
            return sink.toAnalysis();
        }
        Set<String> known = knownVariables == null ? Set.of() : knownVariables;
        List<TemplateTag> tags = TemplateLexer.scan(text);
        BlockScopes scopes = new BlockScopes(sink);
        for (TemplateTag tag : tags) {
            analyzeTag(text, tag, scopes, known, sink);
        }
        scopes.finish();
        SectionTagFinder.find(text, tags, sink);
        return sink.toAnalysis();
    }

    private static void analyzeTag(String text, TemplateTag tag, BlockScopes scopes, Set<String> known, AnalysisSink sink) {
        if (!tag.closed()) {
            sink.span(tag.kind() == TemplateTag.Kind.COMMENT ? SpanKind.COMMENT : SpanKind.DELIMITER,
                    tag.start(), tag.contentStart());
            sink.problem(tag.start(), tag.kind() == TemplateTag.Kind.COMMENT
                    ? "unclosed comment: missing '#}'"
                    : "unclosed '" + tag.kind().open + "': missing '" + tag.kind().close + "'");
            return;
        }
        if (tag.kind() == TemplateTag.Kind.COMMENT) {
            sink.span(SpanKind.COMMENT, tag.start(), tag.end());
            return;
        }
        sink.span(SpanKind.DELIMITER, tag.start(), tag.contentStart());
        sink.span(SpanKind.DELIMITER, tag.contentEnd(), tag.end());
        boolean statement = tag.kind() == TemplateTag.Kind.STATEMENT;
        TagSpans spans = new TagSpans(statement ? SpanKind.STATEMENT : SpanKind.EXPRESSION);
        List<ExpressionToken> tokens = ExpressionLexer.tokens(text, tag.contentStart(), tag.contentEnd());
        ExpressionClassifier expressions = new ExpressionClassifier(tokens, scopes, known, sink, spans);
        if (statement) {
            new StatementClassifier(tokens, scopes, spans, expressions).classify(tag.start());
        } else {
            expressions.classify(0, tokens.size());
        }
        spans.flush(sink, tag.contentStart(), tag.contentEnd());
    }
}
