package dev.promptsmith.ui.shell;

import dev.promptsmith.ui.common.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: what just happened, the request's token count, and run progress. */
final class StatusBarView extends HBox {

    StatusBarView(ObservableValue<String> status, ObservableValue<String> tokens, ObservableValue<String> run) {
        setId("statusBar");
        getStyleClass().add(Styles.STATUS_BAR);
        Label statusLabel = label("statusText", status);
        Label tokensLabel = label("statusTokens", tokens);
        Label runLabel = label("statusRun", run);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(statusLabel, spacer, tokensLabel, runLabel);
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }
}
