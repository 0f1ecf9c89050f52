package dev.promptsmith.ui.shell;

import static dev.promptsmith.ui.shell.ShellFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import dev.promptsmith.ui.settings.UserSettings;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Problems panel, unsaved-changes guard, and UI state kept in the user settings. */
@ExtendWith(ApplicationExtension.class)
class ShellStateTest {

    @TempDir
    static Path tempDir;

    private ShellFixture fixture;
    private Path project;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = ShellFixture.copyMiniProject(tempDir.resolve("mini-" + System.nanoTime()));
        // One broken line in tests.jsonl: the rest of the project must still open.
        Files.writeString(project.resolve("tests.jsonl"), "{\"id\":\"t-9\",\"vars\":{\"ticket\":\"x\"}\n", java.nio.file.StandardOpenOption.APPEND);
        fixture = new ShellFixture(stage);
        fixture.shell.commands().open(project, p -> { });
    }

    @AfterEach
    void shutdown() {
        fixture.close();
    }

    @Test
    void brokenLineIsListedInTheProblemsPanelAndTheRestOpens(FxRobot robot) throws Exception {
        ListView<Problem> problems = robot.lookup("#problemsList").queryListView();
        waitFor(() -> !problems.getItems().isEmpty());
        Problem problem = problems.getItems().get(0);
        assertThat(problem.file()).isEqualTo("tests.jsonl");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isPositive();
        assertThat(fixture.shell.main().tests()).hasSize(3);
        TabPane panel = robot.lookup("#resultsPanel").queryAs(TabPane.class);
        Tab selected = panel.getSelectionModel().getSelectedItem();
        assertThat(selected.getId()).isEqualTo("problemsTab");
        assertThat(selected.getText()).isEqualTo("Problems (1)");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#systemEditor").tryQuery().isPresent());
        CodeArea system = robot.lookup("#systemEditor").queryAs(CodeArea.class);
        robot.interact(() -> system.appendText(" Be brief."));
        waitFor(() -> fixture.shell.main().isDirty());
        assertThat(stage.getTitle()).startsWith("● Mini triage");
        int settingsSaves = fixture.savedSettings.size();

        // Not robot.interact: the confirmation's showAndWait would block it until the dialog closes.
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("Save changes to Mini triage");
        robot.interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(ButtonType.CANCEL)).fire());

        assertThat(stage.isShowing()).isTrue();
        assertThat(fixture.shell.main().isDirty()).isTrue();
        assertThat(fixture.savedSettings).hasSize(settingsSaves);
    }

    @Test
    void closingACleanProjectRemembersWindowSizeAndSplits(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#systemEditor").tryQuery().isPresent());
        robot.interact(() -> stage.setWidth(1300));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().equals("Unsaved changes"))).isFalse();
        UserSettings last = fixture.savedSettings.get(fixture.savedSettings.size() - 1);
        assertThat(last.windowWidth).isEqualTo(1300);
        assertThat(last.horizontalDividers).hasSize(2);
        assertThat(last.recentProjects.get(0)).endsWith(project.getFileName().toString());
    }

    @Test
    void switchingThemeIsAppliedAndRemembered(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Theme").clickOn("#theme-dark");

        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/themes/dark.css"));
        assertThat(fixture.savedSettings).last().extracting(s -> s.theme).isEqualTo("dark");
        Node root = stage.getScene().getRoot();
        assertThat(root).isNotNull();
    }
}
