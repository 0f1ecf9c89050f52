package dev.promptsmith.export.promptfile;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about Jinja filters that promptfoo's Nunjucks does not have: the template would fail there
 * although it renders in Promptsmith (Jinjava knows more filters, e.g. tojson or map).
 */
final class NunjucksCheck {

    /** Nunjucks' built-in filters (nunjucks 3.x). */
    private static final Set<String> NUNJUCKS_FILTERS = Set.of("abs", "batch", "capitalize", "center", "default", "d",
            "dictsort", "dump", "escape", "e", "first", "float", "forceescape", "groupby", "indent", "int", "join",
            "last", "length", "list", "lower", "nl2br", "random", "reject", "rejectattr", "replace", "reverse", "round",
            "safe", "select", "selectattr", "slice", "sort", "string", "striptags", "sum", "title", "trim", "truncate",
            "upper", "urlencode", "urlize", "wordcount");
    private static final Pattern FILTER = Pattern.compile("\\|\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private NunjucksCheck() {
    }

    static void check(PortablePrompt prompt, ProblemList problems) {
        for (PortablePrompt.Turn turn : prompt.turns()) {
            if (turn.literal()) {
                continue;
            }
            Set<String> unknown = new TreeSet<>();
            for (JinjaTags.Piece piece : JinjaTags.split(turn.text())) {
                if (piece.kind() == JinjaTags.Kind.EXPRESSION || piece.kind() == JinjaTags.Kind.STATEMENT) {
                    Matcher m = FILTER.matcher(piece.content().replaceAll("'[^']*'|\"[^\"]*\"", "''"));
                    while (m.find()) {
                        if (!NUNJUCKS_FILTERS.contains(m.group(1))) {
                            unknown.add(m.group(1));
                        }
                    }
                }
            }
            if (!unknown.isEmpty()) {
                problems.warning(0, turn.source() + " uses the filter" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown) + ", which promptfoo's Nunjucks does not have");
            }
        }
    }
}
