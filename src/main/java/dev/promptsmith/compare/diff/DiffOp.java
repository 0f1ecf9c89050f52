package dev.promptsmith.compare.diff;

/** What a piece of a diff is: text both sides share, text only the right has, or text only the left has. */
public enum DiffOp {
    EQUAL,
    INSERTED,
    DELETED
}
