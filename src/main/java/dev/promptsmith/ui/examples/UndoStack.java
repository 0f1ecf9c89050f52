package dev.promptsmith.ui.examples;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo history of one table: edits are performed through it, undone in reverse order and
 * redone until a new edit is performed. The oldest edits fall off beyond a limit.
 */
public final class UndoStack<E extends UndoableEdit> {

    // Properties
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    private final Deque<E> done = new ArrayDeque<>();
    private final Deque<E> undone = new ArrayDeque<>();
    private final int limit;

    public UndoStack(int limit) {
        this.limit = limit;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public boolean isCanUndo() {
        return canUndo.get();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public boolean isCanRedo() {
        return canRedo.get();
    }

    /** "Undo Delete 3 test cases", or empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    // Commands

    /** Runs {@code edit} and records it; whatever was undone can no longer be redone. */
    public void perform(E edit) {
        edit.execute();
        done.push(edit);
        if (done.size() > limit) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** Undoes the latest edit, if any, and returns it. */
    public Optional<E> undo() {
        E edit = done.poll();
        if (edit != null) {
            edit.undo();
            undone.push(edit);
            update();
        }
        return Optional.ofNullable(edit);
    }

    /** Redoes the latest undone edit, if any, and returns it. */
    public Optional<E> redo() {
        E edit = undone.poll();
        if (edit != null) {
            edit.execute();
            done.push(edit);
            update();
        }
        return Optional.ofNullable(edit);
    }

    /** Forgets every edit, e.g. when the records are replaced by a reload. */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : "Undo " + done.peek().description());
        redoDescription.set(undone.isEmpty() ? "" : "Redo " + undone.peek().description());
    }
}
