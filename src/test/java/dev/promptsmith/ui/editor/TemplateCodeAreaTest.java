package dev.promptsmith.ui.editor;

import static dev.promptsmith.ui.editor.FxTesting.fx;
import static dev.promptsmith.ui.editor.FxTesting.waitForStyle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TemplateCodeAreaTest {

    private TemplateCodeArea area;

    @Start
    void start(Stage stage) {
        area = new TemplateCodeArea(new BasicTemplateHighlighter(), FxTesting.BACKGROUND);
        area.setId("area");
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 600, 300));
        stage.show();
    }

    @Test
    void typedUndefinedVariableGetsTheUndefinedStyleAfterThePause(FxRobot robot) {
        robot.clickOn("#area").write("Hi {{ name }}");

        waitForStyle(area, 6, EditorStyles.TPL_UNDEFINED);
        assertThat(fx(() -> area.getStyleOfChar(0))).isEmpty();
    }

    @Test
    void changingKnownVariablesRehighlights(FxRobot robot) {
        robot.interact(() -> area.loadText("{{ name }}"));
        waitForStyle(area, 3, EditorStyles.TPL_UNDEFINED);

        robot.interact(() -> area.setKnownVariables(Set.of("name")));

        waitForStyle(area, 3, EditorStyles.TPL_VARIABLE);
    }

    @Test
    void undoAndRedoUseTheAreaHistory(FxRobot robot) {
        robot.interact(() -> area.loadText("start"));
        robot.clickOn("#area").push(KeyCode.CONTROL, KeyCode.END).write(" more");
        assertThat(fx(() -> area.getText())).isEqualTo("start more");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(fx(() -> area.getText())).isEqualTo("start");

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertThat(fx(() -> area.getText())).isEqualTo("start more");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z).push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(fx(() -> area.getText())).isEqualTo("start more");
    }

    @Test
    void loadingTextForgetsTheUndoHistory(FxRobot robot) {
        robot.clickOn("#area").write("typed");
        robot.interact(() -> area.loadText("loaded"));

        assertThat(fx(() -> area.isUndoAvailable())).isFalse();
        robot.clickOn("#area").push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(fx(() -> area.getText())).isEqualTo("loaded");
    }

    @Test
    void findMatchesAreLayeredOverTheSyntaxStyle(FxRobot robot) {
        robot.interact(() -> area.loadText("{{ name }} name"));
        waitForStyle(area, 3, EditorStyles.TPL_UNDEFINED);

        robot.interact(() -> area.showMatches(List.of(
                new StyledRange(3, 7, EditorStyles.FIND_CURRENT), new StyledRange(11, 15, EditorStyles.FIND_MATCH))));

        assertThat(fx(() -> area.getStyleOfChar(3))).containsExactly(EditorStyles.TPL_UNDEFINED, EditorStyles.FIND_CURRENT);
        assertThat(fx(() -> area.getStyleOfChar(11))).containsExactly(EditorStyles.FIND_MATCH);

        robot.interact(area::clearMatches);
        assertThat(fx(() -> area.getStyleOfChar(3))).containsExactly(EditorStyles.TPL_UNDEFINED);
    }

    @Test
    void highlightingAlsoWorksWithAnInlineExecutor(FxRobot robot) {
        TemplateCodeArea inline = fx(() -> new TemplateCodeArea(new BasicTemplateHighlighter(), Runnable::run));
        robot.interact(() -> inline.loadText("<task>"));

        waitForStyle(inline, 1, EditorStyles.TPL_TAG);
    }
}
