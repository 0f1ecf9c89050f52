package dev.promptsmith.ui.editor;

import static dev.promptsmith.ui.editor.FxTesting.fx;
import static dev.promptsmith.ui.editor.FxTesting.waitForStyle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import atlantafx.base.theme.PrimerLight;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PromptEditorViewTest {

    // System: "You route tickets."   Message 0 (user): "{{ ticket }}"
    private PromptEditorViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new PromptEditorViewModel(PromptEditorViewModelTest.VARIANT);
        PromptEditorView view = new PromptEditorView(vm, new BasicTemplateHighlighter(), FxTesting.BACKGROUND);
        Scene scene = new Scene(view, 1100, 720);
        scene.getStylesheets().add(PromptEditorViewTest.class.getResource("/themes/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingInTheSystemEditorUpdatesTheVariantAndTheDirtyFlag(FxRobot robot) {
        robot.clickOn("#systemEditor").push(KeyCode.CONTROL, KeyCode.END).write(" Be brief.");

        assertThat(fx(() -> vm.getVariant().system())).isEqualTo("You route tickets. Be brief.");
        assertThat(fx(() -> vm.isDirty())).isTrue();
    }

    @Test
    void undoInTheSystemEditorRestoresTheText(FxRobot robot) {
        robot.clickOn("#systemEditor").push(KeyCode.CONTROL, KeyCode.END).write(" Oops");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);

        assertThat(fx(() -> vm.getVariant().system())).isEqualTo("You route tickets.");
        assertThat(fx(() -> vm.isDirty())).isFalse();
    }

    @Test
    void invalidTemperatureShowsAnErrorAndKeepsTheOldValue(FxRobot robot) {
        robot.clickOn("#temperatureField").push(KeyCode.SHORTCUT, KeyCode.A).write("abc");

        Label error = robot.lookup("#temperatureError").queryAs(Label.class);
        assertThat(fx(() -> error.isVisible())).isTrue();
        assertThat(fx(() -> error.getText())).isEqualTo("Temperature must be a number");
        assertThat(fx(() -> vm.getVariant().params().temperature())).isEqualTo(0.2);

        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("1.2");
        assertThat(fx(() -> error.isVisible())).isFalse();
        assertThat(fx(() -> vm.getVariant().params().temperature())).isEqualTo(1.2);
    }

    @Test
    void findCountsMatchesAndReplaceAllReplacesThem(FxRobot robot) {
        robot.clickOn("#systemEditor").push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.SHORTCUT, KeyCode.H);
        assertThat(fx(() -> robot.lookup("#findBar").query().isVisible())).isTrue();

        robot.write("ou");
        assertThat(label(robot, "#findCount")).isEqualTo("1 of 2");
        robot.push(KeyCode.ENTER);
        assertThat(label(robot, "#findCount")).isEqualTo("2 of 2");
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(label(robot, "#findCount")).isEqualTo("1 of 2");

        robot.clickOn("#replaceField").write("0");
        robot.clickOn("#replaceAllButton");

        assertThat(fx(() -> vm.getVariant().system())).isEqualTo("Y0 r0te tickets.");
        assertThat(label(robot, "#findCount")).isEqualTo("No results");
    }

    @Test
    void invalidRegexIsShownInTheBar(FxRobot robot) {
        robot.clickOn("#systemEditor").push(KeyCode.SHORTCUT, KeyCode.F);
        robot.clickOn("#regexToggle").clickOn("#findField").write("(route");

        assertThat(label(robot, "#findCount")).startsWith("Invalid regex: Unclosed group");
    }

    @Test
    void escapeClosesTheFindBar(FxRobot robot) {
        robot.clickOn("#systemEditor").push(KeyCode.SHORTCUT, KeyCode.F).write("route");
        robot.push(KeyCode.ESCAPE);

        assertThat(fx(() -> robot.lookup("#findBar").query().isVisible())).isFalse();
    }

    @Test
    void findActsOnTheFocusedMessageEditor(FxRobot robot) {
        robot.clickOn("#messageEditor-0").push(KeyCode.SHORTCUT, KeyCode.F).write("{{");

        assertThat(label(robot, "#findCount")).isEqualTo("1 of 1");
    }

    @Test
    void undefinedVariableIsMarkedUntilTheShellDefinesIt(FxRobot robot) {
        TemplateCodeArea message = robot.lookup("#messageEditor-0").queryAs(TemplateCodeArea.class);
        waitForStyle(message, 3, EditorStyles.TPL_UNDEFINED);

        robot.interact(() -> vm.knownVariables().addAll(Set.of("ticket", "examples")));

        waitForStyle(message, 3, EditorStyles.TPL_VARIABLE);
    }

    @Test
    void addedMessageGetsAFocusedEditorAndRemovingTheFirstRenumbersTheRest(FxRobot robot) {
        robot.clickOn("#addMessageButton");
        robot.write("Thanks"); // the new message's editor has focus

        assertThat(fx(() -> vm.getVariant().messages())).hasSize(2);
        assertThat(fx(() -> vm.getVariant().messages().get(1).role())).isEqualTo(Role.ASSISTANT);

        // Fired rather than clicked: adding scrolled the first card partly out of the viewport.
        robot.interact(() -> robot.lookup("#removeMessage-0").queryButton().fire());

        assertThat(robot.lookup("#messageEditor-1").tryQuery()).isEmpty();
        TemplateCodeArea remaining = robot.lookup("#messageEditor-0").queryAs(TemplateCodeArea.class);
        assertThat(fx(() -> remaining.getText())).isEqualTo("Thanks");
        assertThat(fx(() -> vm.getVariant().messages())).hasSize(1);
    }

    @Test
    void rawTemplatesKeepSectionTagsButNotJinjaStyles(FxRobot robot) {
        TemplateCodeArea message = robot.lookup("#messageEditor-0").queryAs(TemplateCodeArea.class);
        waitForStyle(message, 3, EditorStyles.TPL_UNDEFINED);
        @SuppressWarnings("unchecked")
        ChoiceBox<TemplateSyntax> syntax = robot.lookup("#templateSyntaxChoice").queryAs(ChoiceBox.class);

        robot.interact(() -> syntax.setValue(TemplateSyntax.RAW));
        robot.interact(() -> message.replaceText("<doc>{{ ticket }}</doc>"));

        waitForStyle(message, 1, EditorStyles.TPL_TAG);
        assertThat(fx(() -> message.getStyleOfChar(8))).isEmpty();
        assertThat(fx(() -> vm.getVariant().template())).isEqualTo(TemplateSyntax.RAW);
    }

    @Test
    void roleChoiceEditsTheMessageRole(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Role> role = robot.lookup("#roleChoice-0").queryAs(ChoiceBox.class);
        robot.interact(() -> role.setValue(Role.ASSISTANT));

        assertThat(fx(() -> vm.getVariant().messages().get(0).role())).isEqualTo(Role.ASSISTANT);
    }

    private static String label(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return fx(() -> ((Label) node).getText());
    }
}
