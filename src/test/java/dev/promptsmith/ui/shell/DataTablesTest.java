package dev.promptsmith.ui.shell;

import static dev.promptsmith.ui.shell.ShellFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The examples and test-case tables open from the explorer as editor tabs and edit the project. */
@ExtendWith(ApplicationExtension.class)
class DataTablesTest {

    @TempDir
    static Path tempDir;

    private ShellFixture fixture;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = ShellFixture.copyMiniProject(tempDir.resolve("tables-" + System.nanoTime()));
        fixture = new ShellFixture(stage);
        fixture.shell.commands().open(project, p -> { });
    }

    @AfterEach
    void shutdown() {
        fixture.close();
    }

    @Test
    void theTestCaseTableOpensFromTheExplorerAndItsEditsAreSavedWithTheProject(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shell.main().getProject() != null);
        int before = fixture.shell.main().getProject().tests().size();
        robot.doubleClickOn(testCasesFolder(robot));

        TableView<?> table = robot.lookup("#testsTable").queryTableView();
        waitFor(() -> table.getItems().size() == before);
        robot.clickOn("#addRow");

        waitFor(() -> fixture.shell.main().getProject().tests().size() == before + 1);
        assertThat(fixture.shell.main().isDirty()).isTrue();
        robot.interact(() -> fixture.shell.main().save(p -> { }));
        waitFor(() -> !fixture.shell.main().isDirty());
        assertThat(Files.readAllLines(project.resolve("tests.jsonl")).stream().filter(l -> !l.isBlank())).hasSize(before + 1);
    }

    @Test
    void aResultUsedAsExpectedOutputReachesAnOpenTable(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shell.main().getProject() != null);
        robot.doubleClickOn(testCasesFolder(robot));
        TableView<?> table = robot.lookup("#testsTable").queryTableView();
        waitFor(() -> !table.getItems().isEmpty());

        robot.interact(() -> fixture.shell.main().useAsExpected("t-1", "refund"));

        waitFor(() -> fixture.shell.main().getProject().test("t-1").orElseThrow().expected().equals("refund"));
        robot.clickOn("#addRow");
        waitFor(() -> fixture.shell.main().getProject().tests().size() == 4);
        // The table's own edit did not bring the old expected output back.
        assertThat(fixture.shell.main().getProject().test("t-1").orElseThrow().expected()).isEqualTo("refund");
    }

    private static javafx.scene.Node testCasesFolder(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("Test cases")).findFirst().orElseThrow();
    }
}
