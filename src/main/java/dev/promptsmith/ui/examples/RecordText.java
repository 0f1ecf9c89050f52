package dev.promptsmith.ui.examples;

import dev.promptsmith.ui.common.ValueText;
import java.util.Locale;
import java.util.Map;

/** The texts a record shows in table cells, and the text a search looks through. */
final class RecordText {

    private static final int CELL_LIMIT = 300;

    private RecordText() {
    }

    /**
     * Lower-case text of everything a person may search for: id, variable values, outcome, tags and
     * note. Variable names are left out: every record has them, so they would match every row.
     */
    static <T> String searchable(RecordFields<T> fields, T value) {
        StringBuilder text = new StringBuilder(256);
        text.append(fields.id(value)).append('\n');
        fields.vars(value).values().forEach(v -> text.append(ValueText.of(v)).append('\n'));
        text.append(ValueText.of(fields.outcome(value))).append('\n');
        fields.tags(value).forEach(t -> text.append(t).append('\n'));
        if (fields.note(value) != null) {
            text.append(fields.note(value));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** "ticket: Please refund…  ·  customer: Ana" on one line, cut to fit a cell. */
    static String inputs(Map<String, Object> vars) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> entry : vars.entrySet()) {
            if (text.length() > 0) {
                text.append("  ·  ");
            }
            text.append(entry.getKey()).append(": ").append(ValueText.of(entry.getValue()));
            if (text.length() > CELL_LIMIT) {
                break;
            }
        }
        return oneLine(text.toString());
    }

    /** A value on one line (line breaks shown as spaces), cut to fit a cell. */
    static String cell(Object value) {
        return oneLine(ValueText.of(value));
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > CELL_LIMIT ? flat.substring(0, CELL_LIMIT - 1) + "…" : flat;
    }
}
