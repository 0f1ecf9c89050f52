package dev.promptsmith.ui.editor;

import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * A code area in its scroll pane, inside a bordered frame. The frame is a separate pane
 * because VirtualizedScrollPane lays its content over its own border and padding.
 */
final class EditorFrame extends StackPane {

    EditorFrame(TemplateCodeArea area) {
        super(new VirtualizedScrollPane<>(area));
        getStyleClass().add(EditorStyles.EDITOR_FRAME);
        VBox.setVgrow(this, Priority.ALWAYS);
    }
}
