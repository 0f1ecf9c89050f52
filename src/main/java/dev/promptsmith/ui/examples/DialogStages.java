package dev.promptsmith.ui.examples;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The example manager's dialogs are stages owned by the main window, styled like it. */
final class DialogStages {

    private DialogStages() {
    }

    static void prepare(Stage stage, Window owner, String title, Parent root, double width, double height) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }
}
