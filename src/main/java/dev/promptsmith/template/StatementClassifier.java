package dev.promptsmith.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classifies a {@code {% %}} statement: its name, the names it defines ({@code for} targets,
 * {@code set}, macro parameters, imports) and the expressions it evaluates, in the scope Jinja
 * evaluates them in (a loop's iterable outside the loop, its {@code if} filter inside it).
 */
final class StatementClassifier {

    /** Words that are keywords only inside include, import and from statements. */
    private static final Set<String> LOADING_KEYWORDS = Set.of("as", "import", "from", "with", "without", "context", "ignore", "missing");

    private final List<ExpressionToken> tokens;
    private final BlockScopes scopes;
    private final TagSpans spans;
    private final ExpressionClassifier expressions;

    StatementClassifier(List<ExpressionToken> tokens, BlockScopes scopes, TagSpans spans, ExpressionClassifier expressions) {
        this.tokens = tokens;
        this.scopes = scopes;
        this.spans = spans;
        this.expressions = expressions;
    }

    void classify(int tagOffset) {
        if (tokens.isEmpty() || tokens.get(0).type() != ExpressionToken.Type.NAME) {
            expressions.classify(0, tokens.size());
            return;
        }
        ExpressionToken head = tokens.get(0);
        spans.add(SpanKind.KEYWORD, head.start(), head.end());
        String name = head.text();
        int n = tokens.size();
        switch (name) {
            case "for" -> forLoop(tagOffset);
            case "set" -> assignment(tagOffset);
            case "macro" -> macro(tagOffset);
            case "call" -> call(tagOffset);
            case "with" -> with(tagOffset);
            case "import", "from" -> importing();
            case "include" -> including();
            case "filter" -> filterBlock(tagOffset);
            case "else", "elif" -> {
                scopes.checkBranch(name, tagOffset);
                expressions.classify(1, n);
            }
            case "block", "raw" -> scopes.open(name, tagOffset, false, List.of()); // A block's name is not a variable.
            default -> {
                if (name.startsWith("end") && name.length() > 3) {
                    scopes.close(name, tagOffset);
                } else {
                    expressions.classify(1, n);
                    if (BlockScopes.BLOCK_STATEMENTS.contains(name)) {
                        scopes.open(name, tagOffset, false, List.of()); // if, autoescape, ...
                    }
                }
            }
        }
    }

    private void forLoop(int tagOffset) {
        int in = indexOfName("in", 1);
        int end = in < 0 ? tokens.size() : in;
        List<String> targets = names(1, end);
        int filter = in < 0 ? -1 : indexOfName("if", in + 1);
        int iterableEnd = filter < 0 ? tokens.size() : filter;
        if (in >= 0) {
            expressions.classify(in, iterableEnd); // The iterable is evaluated outside the loop.
        }
        List<String> defined = new ArrayList<>(targets);
        defined.add("loop");
        scopes.open("for", tagOffset, true, defined);
        if (filter >= 0) {
            expressions.classify(filter, tokens.size());
        }
    }

    private void assignment(int tagOffset) {
        int equals = indexOfOperator("=", 1);
        if (equals < 0) {
            scopes.open("set", tagOffset, false, names(1, tokens.size())); // Block form: {% set x %}...{% endset %}
            return;
        }
        expressions.classify(equals + 1, tokens.size());
        boolean attribute = equals > 2 && tokens.get(2).is("."); // {% set ns.count = 1 %} needs ns
        if (attribute) {
            expressions.classify(1, equals);
        } else {
            names(1, equals).forEach(scopes::define);
        }
    }

    private void macro(int tagOffset) {
        if (tokens.size() < 2 || tokens.get(1).type() != ExpressionToken.Type.NAME) {
            scopes.open("macro", tagOffset, true, List.of());
            return;
        }
        ExpressionToken macroName = tokens.get(1);
        spans.add(SpanKind.VARIABLE, macroName.start(), macroName.end());
        scopes.define(macroName.text());
        List<String> params = parameters(2);
        params.addAll(List.of("varargs", "kwargs", "caller"));
        scopes.open("macro", tagOffset, true, params);
    }

    private void call(int tagOffset) {
        List<String> params = new ArrayList<>();
        int body = 1;
        if (tokens.size() > 1 && tokens.get(1).is("(")) {
            params = parameters(1);
            body = closingParen(1) + 1;
        }
        expressions.classify(body, tokens.size());
        scopes.open("call", tagOffset, true, params);
    }

    private void with(int tagOffset) {
        List<String> targets = new ArrayList<>();
        int k = 1;
        while (k < tokens.size()) {
            int equals = indexOfOperator("=", k);
            if (equals < 0) {
                expressions.classify(k, tokens.size());
                break;
            }
            targets.addAll(names(k, equals));
            int next = indexOfOperator(",", equals + 1);
            int end = next < 0 ? tokens.size() : next;
            expressions.classify(equals + 1, end);
            k = end + 1;
        }
        scopes.open("with", tagOffset, true, targets);
    }

    private void importing() {
        boolean from = tokens.get(0).isName("from");
        int keyword = indexOfName("import", 1);
        int as = indexOfName("as", 1);
        int sourceEnd = from ? (keyword > 0 ? keyword : tokens.size()) : (as > 0 ? as : tokens.size());
        expressions.classify(1, sourceEnd);
        for (int k = sourceEnd; k < tokens.size(); k++) {
            ExpressionToken t = tokens.get(k);
            ExpressionToken next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (t.type() != ExpressionToken.Type.NAME) {
                continue;
            }
            if (LOADING_KEYWORDS.contains(t.text())) {
                spans.add(SpanKind.KEYWORD, t.start(), t.end());
            } else if (next == null || !next.isName("as")) {
                // {% import 'x' as m %} defines m; {% from 'x' import a as b, c %} defines b and c.
                spans.add(SpanKind.VARIABLE, t.start(), t.end());
                scopes.define(t.text());
            }
        }
    }

    /** {@code {% include 'x' ignore missing with context %}}: the trailing words are keywords. */
    private void including() {
        int end = tokens.size();
        while (end > 1 && tokens.get(end - 1).type() == ExpressionToken.Type.NAME && LOADING_KEYWORDS.contains(tokens.get(end - 1).text())) {
            end--;
            spans.add(SpanKind.KEYWORD, tokens.get(end).start(), tokens.get(end).end());
        }
        expressions.classify(1, end);
    }

    private void filterBlock(int tagOffset) {
        if (tokens.size() > 1 && tokens.get(1).type() == ExpressionToken.Type.NAME) {
            spans.add(SpanKind.FILTER, tokens.get(1).start(), tokens.get(1).end());
        }
        expressions.classify(2, tokens.size());
        scopes.open("filter", tagOffset, false, List.of());
    }

    /** Parameter names in the parentheses opening at {@code open}; default values are classified as expressions. */
    private List<String> parameters(int open) {
        List<String> params = new ArrayList<>();
        if (open >= tokens.size() || !tokens.get(open).is("(")) {
            return params;
        }
        int close = closingParen(open);
        int k = open + 1;
        while (k < close) {
            ExpressionToken t = tokens.get(k);
            if (t.type() == ExpressionToken.Type.NAME) {
                params.add(t.text());
                spans.add(SpanKind.VARIABLE, t.start(), t.end());
            }
            int comma = indexAtDepth(",", k, close);
            int equals = indexAtDepth("=", k, comma < 0 ? close : comma);
            if (equals >= 0) {
                expressions.classify(equals + 1, comma < 0 ? close : comma);
            }
            k = comma < 0 ? close : comma + 1;
        }
        return params;
    }

    private int closingParen(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            depth += ExpressionClassifier.depthChange(tokens.get(k));
            if (depth == 0) {
                return k;
            }
        }
        return tokens.size();
    }

    /** Index of the operator or name {@code text} outside any brackets, or -1. */
    private int indexAtDepth(String text, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            ExpressionToken t = tokens.get(k);
            if (depth == 0 && (t.is(text) || t.isName(text))) {
                return k;
            }
            depth += ExpressionClassifier.depthChange(t);
        }
        return -1;
    }

    private int indexOfOperator(String operator, int from) {
        return indexAtDepth(operator, from, tokens.size());
    }

    private int indexOfName(String name, int from) {
        return indexAtDepth(name, from, tokens.size());
    }

    /** The plain names in a range, e.g. the targets {@code a, b} of {@code for a, b in ...}; marked as variables. */
    private List<String> names(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int k = from; k < to; k++) {
            ExpressionToken t = tokens.get(k);
            if (t.type() == ExpressionToken.Type.NAME) {
                names.add(t.text());
                spans.add(SpanKind.VARIABLE, t.start(), t.end());
            }
        }
        return names;
    }
}
