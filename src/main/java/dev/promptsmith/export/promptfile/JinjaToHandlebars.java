package dev.promptsmith.export.promptfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the simple part of Jinja into Dotprompt's Handlebars: variables and attribute paths,
 * {@code for} loops (as {@code {{#each xs as |x|}}}, so the loop variable keeps its name), {@code if} /
 * {@code elif} / {@code else} on a variable, its negation or an equality with a literal
 * ({@code ifEquals}), comments, raw blocks and whitespace control. Anything else (filters, calls,
 * arithmetic, {@code set}, macros) is reported with its line and left in the output as escaped,
 * inert text: never translated into something that means another thing.
 */
final class JinjaToHandlebars {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern PATH = Pattern.compile(NAME + "(?:\\." + NAME + ")*");
    private static final Pattern FOR = Pattern.compile("for\\s+(" + NAME + ")\\s+in\\s+(" + PATH.pattern() + ")");
    private static final Pattern LITERAL = Pattern.compile("'[^'\\\\]*'|\"[^\"\\\\]*\"|-?\\d+(?:\\.\\d+)?|true|false|True|False");
    private static final Pattern EQUALS = Pattern.compile("(" + PATH.pattern() + ")\\s*(==|!=)\\s*(" + LITERAL.pattern() + ")");
    /** Names Handlebars would call as helpers; as variables they are read through {@code this.}. */
    private static final Set<String> HELPERS = Set.of("if", "unless", "each", "with", "lookup", "log", "else", "this",
            "role", "json", "history", "section", "media", "ifEquals", "unlessEquals");

    /** Translated text and what could not be translated. */
    record Result(String text, List<TemplateIssue> problems) {
    }

    private record Block(String closing, String loopVar) {
    }

    private final List<TemplateIssue> problems = new ArrayList<>();
    private final Deque<Block> blocks = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();
    private int line;

    private JinjaToHandlebars() {
    }

    static Result translate(String jinja) {
        JinjaToHandlebars t = new JinjaToHandlebars();
        for (JinjaTags.Piece piece : JinjaTags.split(jinja)) {
            t.line = piece.line();
            t.piece(piece);
        }
        if (!t.blocks.isEmpty()) {
            t.problem("a block is not closed ({{/" + t.blocks.peek().closing() + "}} missing)");
        }
        return new Result(t.out.toString(), List.copyOf(t.problems));
    }

    private void piece(JinjaTags.Piece piece) {
        switch (piece.kind()) {
            case TEXT -> text(piece.content());
            case COMMENT -> out.append("{{!-- ").append(piece.content().replace("--}}", "- -}}")).append(" --}}");
            case EXPRESSION -> expression(piece);
            case STATEMENT -> statement(piece);
            case UNCLOSED -> untranslatable(piece, "the tag is not closed");
        }
    }

    /** Plain text; a backslash right before a mustache would escape it in Handlebars, so it is doubled. */
    private void text(String text) {
        out.append(TemplateText.handlebarsLiteral(text));
        if (text.endsWith("\\")) {
            out.append('\\');
        }
    }

    private void expression(JinjaTags.Piece piece) {
        Optional<String> path = path(piece.content());
        if (path.isEmpty()) {
            untranslatable(piece, describe(piece.content()));
            return;
        }
        out.append(open(piece)).append(path.get()).append(close(piece));
    }

    private void statement(JinjaTags.Piece piece) {
        String content = piece.content();
        String keyword = content.split("\\s+", 2)[0];
        String rest = content.substring(keyword.length()).strip();
        switch (keyword) {
            case "for" -> loop(piece, content);
            case "if" -> condition(piece, rest, false);
            case "elif" -> condition(piece, rest, true);
            case "else" -> {
                if (blocks.isEmpty()) {
                    untranslatable(piece, "{% else %} outside a block");
                } else {
                    out.append(open(piece)).append("else").append(close(piece));
                }
            }
            case "endfor", "endif" -> end(piece, keyword.equals("endfor") ? "each" : null);
            case "raw", "endraw" -> {
                // The raw block's content arrives as text and is escaped there.
            }
            default -> untranslatable(piece, "{% " + keyword + " %} has no Handlebars equivalent");
        }
    }

    private void loop(JinjaTags.Piece piece, String content) {
        Matcher m = FOR.matcher(content);
        Optional<String> list = m.matches() ? path(m.group(2)) : Optional.empty();
        if (list.isEmpty()) {
            untranslatable(piece, "only loops of the form {% for x in list %} are translated");
            return;
        }
        out.append(open(piece)).append("#each ").append(list.get()).append(" as |").append(m.group(1)).append('|')
                .append(close(piece));
        blocks.push(new Block("each", m.group(1)));
    }

    private void condition(JinjaTags.Piece piece, String condition, boolean elif) {
        if (elif && (blocks.isEmpty() || blocks.peek().loopVar() != null)) {
            untranslatable(piece, "{% elif %} outside an {% if %}");
            return;
        }
        Optional<String[]> helper = helper(condition);
        if (helper.isEmpty()) {
            untranslatable(piece, "the condition '" + condition + "' is not a variable, 'not' a variable or a"
                    + " comparison with a literal");
            return;
        }
        out.append(open(piece)).append(elif ? "else " : "#").append(helper.get()[0]).append(' ').append(helper.get()[1])
                .append(close(piece));
        if (!elif) {
            blocks.push(new Block(helper.get()[0], null));
        }
    }

    /** The helper and its arguments for a condition: {@code if x}, {@code unless x}, {@code ifEquals x "a"}. */
    private Optional<String[]> helper(String condition) {
        Matcher equals = EQUALS.matcher(condition);
        if (equals.matches()) {
            return path(equals.group(1)).map(p -> new String[] {
                    equals.group(2).equals("==") ? "ifEquals" : "unlessEquals", p + " " + literal(equals.group(3))});
        }
        if (condition.startsWith("not ")) {
            return path(condition.substring(4).strip()).map(p -> new String[] {"unless", p});
        }
        return path(condition).map(p -> new String[] {"if", p});
    }

    private void end(JinjaTags.Piece piece, String expected) {
        if (blocks.isEmpty() || (expected != null) != (blocks.peek().loopVar() != null)) {
            untranslatable(piece, "{% " + piece.content() + " %} does not close the open block");
            return;
        }
        out.append(open(piece)).append('/').append(blocks.pop().closing()).append(close(piece));
    }

    /** A Jinja variable path as Handlebars reads it at this point, or empty when it is not a plain path. */
    private Optional<String> path(String expression) {
        if (!PATH.matcher(expression).matches()) {
            return Optional.empty();
        }
        String first = expression.split("\\.", 2)[0];
        if (first.equals("loop")) {
            return switch (expression) {
                case "loop.index0" -> Optional.of("@index");
                case "loop.first" -> Optional.of("@first");
                case "loop.last" -> Optional.of("@last");
                default -> Optional.empty();
            };
        }
        if (blocks.stream().anyMatch(b -> first.equals(b.loopVar()))) {
            return Optional.of(expression);
        }
        boolean inLoop = blocks.stream().anyMatch(b -> b.loopVar() != null);
        if (inLoop) {
            return Optional.of("@root." + expression);
        }
        return Optional.of(HELPERS.contains(first) ? "this." + expression : expression);
    }

    private static String literal(String jinja) {
        if (jinja.startsWith("'")) {
            return "\"" + jinja.substring(1, jinja.length() - 1).replace("\"", "\\\"") + "\"";
        }
        return jinja.equals("True") || jinja.equals("False") ? jinja.toLowerCase(java.util.Locale.ROOT) : jinja;
    }

    private static String describe(String expression) {
        if (expression.contains("|")) {
            return "filters (" + expression.substring(expression.indexOf('|')).strip() + ") have no Handlebars equivalent";
        }
        if (expression.contains("(")) {
            return "function calls have no Handlebars equivalent";
        }
        if (expression.startsWith("loop.")) {
            return expression + " has no Handlebars equivalent (@index counts from 0, as loop.index0 does)";
        }
        return "only variables and attribute paths are translated, not '" + expression + "'";
    }

    private void untranslatable(JinjaTags.Piece piece, String why) {
        problem("'" + piece.source().replace("\n", " ") + "' cannot be translated to Handlebars: " + why
                + "; it is left in the prompt as plain text");
        out.append(TemplateText.handlebarsLiteral(piece.source()));
    }

    private void problem(String message) {
        problems.add(new TemplateIssue(line, message));
    }

    private static String open(JinjaTags.Piece piece) {
        return piece.trimLeft() ? "{{~" : "{{";
    }

    private static String close(JinjaTags.Piece piece) {
        return piece.trimRight() ? "~}}" : "}}";
    }
}
