package dev.promptsmith.dataset;

import java.util.Arrays;
import java.util.Optional;

/** What a table column feeds in a test case or example. */
public enum ColumnField {
    /** A template variable; the column target names it. */
    VAR("var"),
    /** The expected output; a JSON object or list in the cell is read as JSON. */
    EXPECTED("expected"),
    /** An assertion in promptfoo's {@code __expected} syntax ({@code contains: refund}). */
    ASSERTION("assert"),
    ID("id"),
    /** Tags separated by commas or semicolons. */
    TAGS("tags"),
    /** {@code dev} or {@code heldout}. */
    SPLIT("split"),
    NOTE("note"),
    /** An example's output. */
    OUTPUT("output"),
    /** Not imported, on purpose. */
    IGNORED("ignore"),
    /** A column Promptsmith cannot represent; a row with a value in it is refused until it is mapped. */
    UNSUPPORTED("unsupported");

    private final String key;

    ColumnField(String key) {
        this.key = key;
    }

    /** The word a mapping uses: {@code --map note_col=note}. */
    public String key() {
        return key;
    }

    public static Optional<ColumnField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f != UNSUPPORTED && f.key.equals(key)).findFirst();
    }
}
