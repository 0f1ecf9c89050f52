package dev.promptsmith.ui.inspector;

/**
 * A variable of the current prompt and its value in the chosen test case.
 *
 * @param status whether the template uses it and the test case provides it
 */
public record VariableRow(String name, String value, Status status) {

    /** How a variable relates the template to the test case. */
    public enum Status {
        /** Used by the template and given by the test case. */
        OK,
        /** Used by the template but missing from the test case: rendering fails. */
        MISSING,
        /** Given by the test case but not used by the template. */
        UNUSED
    }
}
