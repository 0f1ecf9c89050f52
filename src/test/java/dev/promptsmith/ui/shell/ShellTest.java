package dev.promptsmith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.RunService;
import dev.promptsmith.project.NewProjectWriter;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.echo.EchoProvider;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.inspector.InspectorViewModel;
import dev.promptsmith.ui.inspector.VariableRow;
import dev.promptsmith.ui.results.CellState;
import dev.promptsmith.ui.results.ResultRow;
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.settings.UserSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Platform;
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
import org.testfx.util.WaitForAsyncUtils;

/** The whole loop through the real window: open, inspect, edit, run with echo, save. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    @TempDir
    static Path tempDir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService runWorkers = Executors.newCachedThreadPool();
    private Shell shell;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = copyMiniProject(tempDir.resolve("mini-" + System.nanoTime()));
        BackgroundTasks tasks = new BackgroundTasks(background, Platform::runLater);
        TokenCounter tokens = new TokenCounter();
        PromptRenderer renderer = new PromptRenderer();
        TemplateAnalyzer analyzer = new TemplateAnalyzer();
        ProviderRegistry providers = new ProviderRegistry().register(new EchoProvider(tokens));
        shell = new Shell(new MainViewModel(new ProjectLoader(), new ProjectSaver(), new NewProjectWriter(), tasks),
                new InspectorViewModel(renderer, analyzer, tokens, tasks),
                new ResultsViewModel(new RunService(renderer, providers, runWorkers), Platform::runLater),
                analyzer, tasks, new UserSettings(), s -> { });
        shell.show(stage, true);
        AtomicBoolean loaded = new AtomicBoolean();
        shell.commands().open(project, p -> loaded.set(true));
    }

    @AfterEach
    void shutdown() {
        background.shutdownNow();
        runWorkers.shutdownNow();
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
        assertThat(shell.main().isDirty()).isTrue();
        assertThat(robot.lookup("#renderedRequest").queryTextInputControl().getText())
                .contains("The customer is Ana.");

        robot.clickOn("#runAllButton");
        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> results.getItems().size() == 3 && results.getItems().stream()
                .allMatch(r -> r.cell("echo").get().state() == CellState.DONE));
        assertThat(results.getItems().get(0).cell("echo").get().text())
                .contains("[system]").contains("The customer is Ana.").contains("Please refund my last invoice.");

        robot.interact(() -> shell.commands().save());
        waitFor(() -> !shell.main().isDirty());
        assertThat(Files.readString(project.resolve("prompts/classify.prompt.yaml")))
                .contains("The customer is {{ customer }}.");
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    static Path copyMiniProject(Path target) throws IOException, URISyntaxException {
        Path source = Path.of(ShellTest.class.getResource("/dev/promptsmith/ui/mini-project").toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path dest = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
