package dev.promptsmith.template;

import java.util.List;
import java.util.Set;

/**
 * Classifies the tokens of one expression: variables (and whether they are defined), filters,
 * tests, keywords and strings. The editor's equivalent of Jinja's {@code find_undeclared_variables}.
 */
final class ExpressionClassifier {

    static final Set<String> KEYWORDS = Set.of(
            "and", "or", "not", "in", "is", "if", "else", "true", "false", "none", "True", "False", "None", "recursive");

    /** Names the renderer always provides. */
    static final Set<String> PROVIDED = Set.of("examples");

    private static final Set<String> GUARD_FILTERS = Set.of("default", "d");
    private static final Set<String> GUARD_TESTS = Set.of("defined", "undefined");

    private final List<ExpressionToken> tokens;
    private final BlockScopes scopes;
    private final Set<String> known;
    private final AnalysisSink sink;
    private final TagSpans spans;

    ExpressionClassifier(List<ExpressionToken> tokens, BlockScopes scopes, Set<String> known, AnalysisSink sink, TagSpans spans) {
        this.tokens = tokens;
        this.scopes = scopes;
        this.known = known;
        this.sink = sink;
        this.spans = spans;
    }

    /** Classifies tokens {@code from} (inclusive) to {@code to} (exclusive). */
    void classify(int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            ExpressionToken t = tokens.get(k);
            switch (t.type()) {
                case STRING -> spans.add(SpanKind.STRING, t.start(), t.end());
                case OPERATOR -> depth += depthChange(t);
                case NAME -> k = classifyName(k, from, to, depth);
                default -> { }
            }
        }
    }

    /** Classifies the name at {@code k}; returns the index of the last token it consumed. */
    private int classifyName(int k, int from, int to, int depth) {
        ExpressionToken t = tokens.get(k);
        ExpressionToken prev = k > from ? tokens.get(k - 1) : null;
        ExpressionToken next = k + 1 < to ? tokens.get(k + 1) : null;
        if (prev != null && prev.is(".")) {
            return k; // An attribute of something that is not a variable, e.g. 'abc'.upper
        }
        if (prev != null && (prev.is("|") || prev.isName("is")
                || (prev.isName("not") && k - 2 >= from && tokens.get(k - 2).isName("is")))) {
            spans.add(SpanKind.FILTER, t.start(), t.end());
            return k;
        }
        if (KEYWORDS.contains(t.text())) {
            spans.add(SpanKind.KEYWORD, t.start(), t.end());
            return k;
        }
        if (next != null && next.is("=") && depth > 0) {
            return k; // A keyword argument: f(name=value)
        }
        if (next != null && next.is("(")) {
            if (scopes.isDefined(t.text())) {
                spans.add(SpanKind.VARIABLE, t.start(), t.end()); // A macro the template defines
            }
            return k; // Otherwise a global function such as range()
        }
        return reference(k, to);
    }

    private int reference(int k, int to) {
        ExpressionToken root = tokens.get(k);
        int last = k;
        while (last + 2 < to && tokens.get(last + 1).is(".") && tokens.get(last + 2).type() == ExpressionToken.Type.NAME
                && !(last + 3 < to && tokens.get(last + 3).is("("))) {
            last += 2;
        }
        String name = root.text();
        boolean definedHere = scopes.isDefined(name) || PROVIDED.contains(name);
        if (!definedHere) {
            sink.referenced(name);
        }
        boolean undefined = !definedHere && !known.contains(name) && !isGuarded(last + 1, to);
        spans.add(undefined ? SpanKind.UNDEFINED_VARIABLE : SpanKind.VARIABLE, root.start(), tokens.get(last).end());
        if (undefined) {
            sink.problem(root.start(), "undefined variable '" + name + "'");
        }
        return last;
    }

    /** True when the reference ending before {@code k} is followed by {@code | default} or {@code is [not] defined}. */
    private boolean isGuarded(int k, int to) {
        if (k + 1 < to && tokens.get(k).is("|")) {
            return GUARD_FILTERS.contains(tokens.get(k + 1).text());
        }
        if (k + 1 < to && tokens.get(k).isName("is")) {
            int test = tokens.get(k + 1).isName("not") ? k + 2 : k + 1;
            return test < to && GUARD_TESTS.contains(tokens.get(test).text());
        }
        return false;
    }

    static int depthChange(ExpressionToken t) {
        return switch (t.text()) {
            case "(", "[", "{" -> 1;
            case ")", "]", "}" -> -1;
            default -> 0;
        };
    }
}
