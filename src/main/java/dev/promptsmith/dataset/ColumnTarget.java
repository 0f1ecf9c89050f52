package dev.promptsmith.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one column goes.
 *
 * @param varName the variable's name for {@link ColumnField#VAR}, else null
 * @param reason why a column is ignored or unsupported, for messages; may be null
 */
public record ColumnTarget(ColumnField field, String varName, String reason) {

    public static ColumnTarget var(String name) {
        return new ColumnTarget(ColumnField.VAR, name, null);
    }

    public static ColumnTarget of(ColumnField field) {
        return new ColumnTarget(field, null, null);
    }

    public static ColumnTarget ignored(String reason) {
        return new ColumnTarget(ColumnField.IGNORED, null, reason);
    }

    public static ColumnTarget unsupported(String reason) {
        return new ColumnTarget(ColumnField.UNSUPPORTED, null, reason);
    }

    /**
     * Reads a target as a user writes it: {@code var:ticket}, {@code var} (the column's own name),
     * {@code expected}, {@code assert}, {@code id}, {@code tags}, {@code split}, {@code note},
     * {@code output} or {@code ignore}.
     */
    public static Optional<ColumnTarget> parse(String text, String columnName) {
        String spec = text.trim();
        if (spec.startsWith("var:") && spec.length() > 4) {
            return Optional.of(var(spec.substring(4).trim()));
        }
        return ColumnField.fromKey(spec).map(field -> field == ColumnField.VAR ? var(columnName.trim()) : of(field));
    }

    /** The words {@link #parse} understands, for a usage message. */
    public static String choices() {
        return "var:NAME, " + Arrays.stream(ColumnField.values()).filter(f -> f != ColumnField.UNSUPPORTED)
                .map(ColumnField::key).collect(Collectors.joining(", "));
    }

    /** "var ticket", "expected", "ignored (promptfoo metadata)". */
    public String describe() {
        String base = field == ColumnField.VAR ? "var " + varName : field.key();
        return reason == null ? base : base + " (" + reason + ")";
    }
}
