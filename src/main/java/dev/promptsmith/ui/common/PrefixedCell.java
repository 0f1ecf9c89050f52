package dev.promptsmith.ui.common;

import javafx.scene.control.ListCell;

/** A combo box's button cell that shows the chosen value after a short name ("Tag: All"), so a bar needs no labels. */
public final class PrefixedCell extends ListCell<String> {

    private final String prefix;
    private final String none;

    /** @param none shown after the prefix when nothing is chosen */
    public PrefixedCell(String prefix, String none) {
        this.prefix = prefix;
        this.none = none;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(prefix + (empty || item == null ? none : item));
    }
}
