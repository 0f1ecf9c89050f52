package dev.promptsmith.ui.examples;

import java.util.List;

/** An undoable change to the rows of a table, which names the rows to select once it is done or undone. */
interface RowEdit<T> extends UndoableEdit {

    /** The rows the change touched; those still in the table are selected after it runs either way. */
    List<Row<T>> rows();
}
