package dev.promptsmith.ui.shell;

import static dev.promptsmith.ui.shell.ShellFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.ui.inspector.VariableRow;
import dev.promptsmith.ui.results.CellState;
import dev.promptsmith.ui.results.ResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole loop through the real window: open, inspect, edit, run with echo, save. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    @TempDir
    static Path tempDir;

    private ShellFixture fixture;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = ShellFixture.copyMiniProject(tempDir.resolve("mini-" + System.nanoTime()));
        fixture = new ShellFixture(stage);
        fixture.shell.commands().open(project, p -> { });
    }

    @AfterEach
    void shutdown() {
        fixture.close();
    }

    @Test
    void openEditRunAndSave(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#systemEditor").tryQuery().isPresent());
        TableView<VariableRow> variables = robot.lookup("#variablesTable").queryTableView();
        waitFor(() -> variables.getItems().stream().anyMatch(v -> v.name().equals("ticket")));
        assertThat(variables.getItems()).contains(
                new VariableRow("ticket", "Please refund my last invoice.", VariableRow.Status.OK),
                new VariableRow("customer", "Ana", VariableRow.Status.UNUSED));
        Label tokens = robot.lookup("#tokenCounts").queryAs(Label.class);
        waitFor(() -> tokens.getText().startsWith("echo: ≈"));
        String tokensBefore = tokens.getText();

        CodeArea system = robot.lookup("#systemEditor").queryAs(CodeArea.class);
        robot.interact(() -> system.appendText("The customer is {{ customer }}."));

        waitFor(() -> variables.getItems().contains(new VariableRow("customer", "Ana", VariableRow.Status.OK)));
        waitFor(() -> !tokens.getText().equals(tokensBefore));
        assertThat(fixture.shell.main().isDirty()).isTrue();
        assertThat(robot.lookup("#renderedRequest").queryTextInputControl().getText())
                .contains("The customer is Ana.");

        robot.clickOn("#runAllButton");
        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> results.getItems().size() == 3 && results.getItems().stream()
                .allMatch(r -> r.cell("echo").get().state() == CellState.DONE));
        assertThat(results.getItems().get(0).cell("echo").get().text())
                .contains("[system]").contains("The customer is Ana.").contains("Please refund my last invoice.");
        assertThat(results.getItems().get(0).cell("echo").get().meta()).contains("tok");
        // The echoed request is not the expected label, so the implicit equals check fails it, with its reason.
        assertThat(results.getItems().get(0).cell("echo").get().pass()).isFalse();
        assertThat(results.getItems().get(0).cell("echo").get().verdict()).startsWith("FAIL 0.00");

        robot.interact(() -> fixture.shell.commands().save());
        waitFor(() -> !fixture.shell.main().isDirty());
        assertThat(Files.readString(project.resolve("prompts/classify.prompt.yaml")))
                .contains("The customer is {{ customer }}.");
    }

    @Test
    void addedModelBecomesAColumnAndIsSavedToTheProjectFile(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shell.main().getProject() != null);
        dev.promptsmith.model.ModelRef llama = new dev.promptsmith.model.ModelRef("llama", "ollama", "llama3.2",
                dev.promptsmith.model.ModelParams.NONE);

        robot.interact(() -> assertThat(fixture.shell.main().addModel(llama)).isTrue());
        robot.interact(() -> assertThat(fixture.shell.main().addModel(llama)).isFalse());

        assertThat(fixture.shell.main().selectedModels()).contains(llama);
        assertThat(fixture.shell.main().isDirty()).isTrue();
        robot.interact(() -> fixture.shell.commands().save());
        waitFor(() -> !fixture.shell.main().isDirty());
        String yaml = Files.readString(project.resolve("promptsmith.yaml"));
        assertThat(yaml).contains("id: llama").contains("provider: ollama").contains("model: llama3.2")
                .contains("id: echo-b").contains("description: A tiny project for UI tests.");
    }

    @Test
    void choosingAnotherTestCaseUpdatesTheVariablesAndRequest(FxRobot robot) throws Exception {
        TableView<VariableRow> variables = robot.lookup("#variablesTable").queryTableView();
        waitFor(() -> variables.getItems().stream().anyMatch(v -> v.name().equals("ticket")));

        robot.interact(() -> fixture.shell.main().selectedTestProperty().set(fixture.shell.main().tests().get(2)));

        waitFor(() -> variables.getItems().contains(
                new VariableRow("ticket", "Export to CSV crashes the desktop client.", VariableRow.Status.OK)));
        assertThat(robot.lookup("#renderedRequest").queryTextInputControl().getText())
                .contains("Export to CSV crashes the desktop client.");
    }

    @Test
    void undefinedVariableFailsTheRunCellWithItsPosition(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#systemEditor").tryQuery().isPresent());
        CodeArea message = robot.lookup("#messageEditor-0").queryAs(CodeArea.class);
        robot.interact(() -> message.appendText("Priority: {{ priority }}"));
        waitFor(() -> fixture.shell.main().getProject().prompts().get(0).messages().get(0).content().contains("priority"));

        robot.clickOn("#runAllButton");

        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> results.getItems().size() == 3 && results.getItems().stream()
                .allMatch(r -> r.cell("echo").get().state() == CellState.FAILED));
        assertThat(results.getItems().get(0).cell("echo").get().error())
                .contains("priority").contains("messages[0]").contains("4:");
    }
}
