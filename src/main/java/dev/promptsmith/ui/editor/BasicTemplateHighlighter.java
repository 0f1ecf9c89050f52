package dev.promptsmith.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex-based fallback highlighter: Jinja expressions, statements and comments, XML-style
 * section tags, and the leading variable of each expression (undefined when not known).
 * It does not parse Jinja; the real template analyzer replaces it where precision matters.
 */
public final class BasicTemplateHighlighter implements SyntaxHighlighter {

    // Lazy bodies so that "{{ a }} and {{ b }}" are two expressions; DOTALL because Jinja
    // constructs may span lines. Tags require quoted attribute values so that prose such as
    // "a <b and c> d" is not taken for a tag.
    private static final Pattern CONSTRUCT = Pattern.compile(
            "(?<comment>\\{#.*?#})"
                    + "|(?<statement>\\{%.*?%})"
                    + "|(?<expression>\\{\\{(?<body>.*?)}})"
                    + "|(?<tag></?[A-Za-z][\\w.:-]*(?:\\s+[\\w.:-]+\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\\s*/?>)",
            Pattern.DOTALL);

    /** The name an expression starts with: {@code user} in {@code {{- user.name | upper }}}. */
    private static final Pattern HEAD_NAME = Pattern.compile("^-?\\s*([A-Za-z_][A-Za-z0-9_]*)");

    /** Names the template binds itself: loop variables and {@code {% set %}} targets. */
    private static final Pattern BOUND = Pattern.compile(
            "\\{%-?\\s*(?:for\\s+([A-Za-z_][\\w\\s,]*?)\\s+in\\b|set\\s+([A-Za-z_]\\w*))");

    /** Jinja names that are always defined, plus literals that look like names. */
    private static final Set<String> BUILTINS = Set.of(
            "loop", "range", "true", "false", "none", "True", "False", "None",
            "self", "super", "caller", "varargs", "kwargs", "namespace", "dict", "lipsum", "cycler", "joiner");

    @Override
    public List<StyledRange> highlight(String text, Set<String> knownVariables) {
        Set<String> bound = boundNames(text);
        List<StyledRange> ranges = new ArrayList<>();
        Matcher construct = CONSTRUCT.matcher(text);
        Matcher head = HEAD_NAME.matcher(text);
        while (construct.find()) {
            if (construct.start("comment") >= 0) {
                ranges.add(range(construct, EditorStyles.TPL_COMMENT));
            } else if (construct.start("statement") >= 0) {
                ranges.add(range(construct, EditorStyles.TPL_STATEMENT));
            } else if (construct.start("tag") >= 0) {
                ranges.add(range(construct, EditorStyles.TPL_TAG));
            } else {
                addExpression(construct, head, name -> isDefined(name, knownVariables, bound), ranges);
            }
        }
        return ranges;
    }

    private static void addExpression(Matcher construct, Matcher head,
                                      Predicate<String> defined, List<StyledRange> out) {
        head.region(construct.start("body"), construct.end("body"));
        int start = construct.start();
        int end = construct.end();
        if (!head.lookingAt()) {
            out.add(new StyledRange(start, end, EditorStyles.TPL_EXPRESSION));
            return;
        }
        String name = head.group(1);
        String style = defined.test(name) ? EditorStyles.TPL_VARIABLE : EditorStyles.TPL_UNDEFINED;
        out.add(new StyledRange(start, head.start(1), EditorStyles.TPL_EXPRESSION));
        out.add(new StyledRange(head.start(1), head.end(1), style));
        out.add(new StyledRange(head.end(1), end, EditorStyles.TPL_EXPRESSION));
    }

    private static boolean isDefined(String name, Set<String> known, Set<String> bound) {
        return known.contains(name) || bound.contains(name) || BUILTINS.contains(name);
    }

    private static Set<String> boundNames(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = BOUND.matcher(text);
        while (m.find()) {
            String targets = m.group(1) != null ? m.group(1) : m.group(2);
            for (String name : targets.split("[\\s,]+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static StyledRange range(Matcher m, String styleClass) {
        return new StyledRange(m.start(), m.end(), styleClass);
    }
}
