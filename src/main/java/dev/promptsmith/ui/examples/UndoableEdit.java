package dev.promptsmith.ui.examples;

/** A change that can be undone and redone; {@link UndoStack} runs it the first time too. */
public interface UndoableEdit {

    void execute();

    void undo();

    /** What the change did, in words: "Delete 3 test cases". */
    String description();
}
