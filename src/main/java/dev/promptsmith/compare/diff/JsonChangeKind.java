package dev.promptsmith.compare.diff;

/** How a JSON value differs between the left and the right output. */
public enum JsonChangeKind {
    /** The left has the key or array element; the right lacks it. */
    MISSING,
    /** The right has a key or array element the left lacks. */
    EXTRA,
    /** Both have a value of the same type (string, number, boolean) but different values. */
    CHANGED,
    /** Both have a value, of different types (e.g. a string became a number, an object became null). */
    TYPE_CHANGED
}
