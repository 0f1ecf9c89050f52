package dev.promptsmith.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Guesses what a column holds from its header: our own names ({@code id}, {@code expected}, {@code tags},
 * {@code split}, {@code note}, {@code output}), promptfoo's special columns ({@code __expected},
 * {@code __description}, {@code __metadata:*}, {@code __prefix}…), {@code vars.NAME}; anything else is a
 * variable of that name, as promptfoo reads it. The rules are tried in order; the first that knows the
 * header wins.
 */
final class HeaderGuess {

    private static final Pattern PROMPTFOO_EXPECTED = Pattern.compile("__expected\\d*");

    /** A rule: the target for a header (trimmed, lower-case), or empty when the rule does not know it. */
    private interface Rule extends Function<String, Optional<ColumnTarget>> {
    }

    private final List<Rule> rules;

    HeaderGuess(RecordKind<?> kind) {
        boolean tests = kind.fields().contains(ColumnField.ASSERTION);
        this.rules = List.of(
                h -> when(PROMPTFOO_EXPECTED.matcher(h).matches(), tests
                        ? ColumnTarget.of(ColumnField.ASSERTION)
                        : ColumnTarget.unsupported("promptfoo assertions; examples have none")),
                h -> when(h.equals("__description"), ColumnTarget.of(ColumnField.NOTE)),
                h -> when(h.startsWith("__metadata:"), ColumnTarget.ignored("promptfoo metadata is not imported")),
                h -> when(h.equals("__prefix") || h.equals("__suffix"),
                        ColumnTarget.unsupported("promptfoo's text added around the prompt; put it in the prompt instead")),
                h -> when(Set.of("__provideroutput", "__metric", "__threshold").contains(h),
                        ColumnTarget.unsupported("a promptfoo test option Promptsmith does not have")),
                h -> when(h.isEmpty(), ColumnTarget.unsupported("the column has no name")),
                h -> when(h.equals("id"), ColumnTarget.of(ColumnField.ID)),
                h -> when(h.equals("expected"), ColumnTarget.of(tests ? ColumnField.EXPECTED : ColumnField.OUTPUT)),
                h -> when(h.equals("output") && !tests, ColumnTarget.of(ColumnField.OUTPUT)),
                h -> when(h.equals("tags") || h.equals("tag"), ColumnTarget.of(ColumnField.TAGS)),
                h -> when(h.equals("split"), tests ? ColumnTarget.of(ColumnField.SPLIT)
                        : ColumnTarget.ignored("examples have no split")),
                h -> when(h.equals("note") || h.equals("notes"), ColumnTarget.of(ColumnField.NOTE)));
    }

    ColumnTarget guess(String header) {
        String key = header.trim().toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            Optional<ColumnTarget> target = rule.apply(key);
            if (target.isPresent()) {
                return target.get();
            }
        }
        String name = header.trim();
        // vars.NAME lets a variable share a name with one of the columns above (an exported "id" var).
        return ColumnTarget.var(name.startsWith("vars.") && name.length() > 5 ? name.substring(5) : name);
    }

    private static Optional<ColumnTarget> when(boolean matches, ColumnTarget target) {
        return matches ? Optional.of(target) : Optional.empty();
    }
}
