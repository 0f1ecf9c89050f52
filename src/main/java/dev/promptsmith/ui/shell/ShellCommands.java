package dev.promptsmith.ui.shell;

import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.settings.UserSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The actions behind menus, toolbar and shortcuts: file commands with their dialogs, and run
 * commands. Kept apart from {@link MainWindow} so the window only builds and binds nodes.
 */
public final class ShellCommands {

    private final MainViewModel main;
    private final ResultsViewModel results;
    private final EditorTabsView editors;
    private final UserSettings settings;
    private final Runnable onRecentChanged;
    private Window owner;

    public ShellCommands(MainViewModel main, ResultsViewModel results, EditorTabsView editors, UserSettings settings,
                         Runnable onRecentChanged) {
        this.main = main;
        this.results = results;
        this.editors = editors;
        this.settings = settings;
        this.onRecentChanged = onRecentChanged;
    }

    void setOwner(Window owner) {
        this.owner = owner;
    }

    // File

    public void open(Path dir, Consumer<Project> onLoaded) {
        editors.closeAll();
        main.open(dir, project -> {
            remember(dir);
            project.prompts().stream().findFirst().ifPresent(editors::open);
            onLoaded.accept(project);
        });
    }

    void openWithDialog() {
        if (!confirmDiscard("open another project")) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open project folder");
        initialDirectory().ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            open(dir.toPath(), p -> { });
        }
    }

    void openRecent(String path) {
        if (confirmDiscard("open another project")) {
            open(Path.of(path), p -> { });
        }
    }

    void newProject() {
        if (!confirmDiscard("create a new project")) {
            return;
        }
        TextInputDialog nameDialog = new TextInputDialog("My prompt project");
        nameDialog.initOwner(owner);
        nameDialog.setTitle("New project");
        nameDialog.setHeaderText("Name of the new project");
        Optional<String> name = nameDialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the new project (an empty folder)");
        initialDirectory().ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return;
        }
        editors.closeAll();
        main.create(dir.toPath(), name.get(), project -> {
            remember(dir.toPath());
            project.prompts().stream().findFirst().ifPresent(editors::open);
        });
    }

    void save() {
        main.save(editors::markSaved);
    }

    void saveAs() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save project into folder");
        initialDirectory().ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            main.saveAs(dir.toPath(), saved -> {
                editors.markSaved(saved);
                remember(dir.toPath());
            });
        }
    }

    /** Asks before a run whose estimate passes the project's budget. */
    public boolean confirmOverBudget(String message) {
        ButtonType run = new ButtonType("Run anyway", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, run, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Over budget");
        alert.setHeaderText("The estimate passes the budget");
        return alert.showAndWait().filter(run::equals).isPresent();
    }

    /**
     * Asks before unsaved edits would be lost. Returns true when it is fine to go on: nothing to
     * lose, the user saved, or the user chose to discard.
     */
    public boolean confirmDiscard(String action) {
        if (!main.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + main.getProject().settings().name() + " before you " + action + "?");
        alert.setContentText("Your edits will be lost if you don't save them.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            main.save(editors::markSaved);
        }
        return true;
    }

    // Run

    /** Runs the active prompt (or the project's first) on every dev test case with the picked models. */
    public void runAll() {
        // Held-out cases stay out of everyday runs: they are kept for the final comparison.
        run(dev.promptsmith.eval.TestSelection.DEV.apply(main.tests()));
    }

    /** Runs every prompt variant on every dev test case with the picked models: a column per variant × model. */
    public void compareVariants() {
        Project project = main.getProject();
        if (project == null || results.isRunning() || project.prompts().isEmpty()) {
            return;
        }
        if (main.selectedModels().isEmpty()) {
            main.statusProperty().set("Pick at least one model in the toolbar");
            return;
        }
        results.start(main.getProjectDir(), project, new RunPlan(project.prompts(), main.selectedModels(),
                dev.promptsmith.eval.TestSelection.DEV.apply(main.tests()), project.settings().defaults().repeats(),
                project.settings().defaults().concurrency(), false));
    }

    /** Weighs the active prompt's few-shot examples on the first picked model: each left out, and a k sweep. */
    public void ablate() {
        Project project = main.getProject();
        PromptVariant prompt = project == null ? null : Optional.ofNullable(editors.activePromptProperty().get())
                .or(() -> project.prompts().stream().findFirst()).orElse(null);
        if (prompt == null || results.isRunning()) {
            return;
        }
        if (main.selectedModels().isEmpty()) {
            main.statusProperty().set("Pick a model in the toolbar");
            return;
        }
        results.ablate(main.getProjectDir(), project, prompt, main.selectedModels().get(0),
                dev.promptsmith.dataset.AblationPlanner.DEFAULT_SWEEP, lines -> {
                    Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n", lines.subList(1, lines.size())));
                    alert.initOwner(owner);
                    alert.setTitle("Few-shot ablation");
                    alert.setHeaderText(lines.get(0));
                    alert.getDialogPane().setMinWidth(640);
                    alert.show();
                });
    }

    /** Runs the active prompt on the test case chosen in the inspector. */
    public void runCurrent() {
        TestCase test = main.selectedTestProperty().get();
        if (test != null) {
            run(List.of(test));
        }
    }

    public void stop() {
        results.stop();
    }

    private void run(List<TestCase> tests) {
        Project project = main.getProject();
        if (project == null || results.isRunning()) {
            return;
        }
        PromptVariant prompt = Optional.ofNullable(editors.activePromptProperty().get())
                .or(() -> project.prompts().stream().findFirst())
                .orElse(null);
        if (prompt == null) {
            main.statusProperty().set("The project has no prompt to run");
            return;
        }
        if (main.selectedModels().isEmpty()) {
            main.statusProperty().set("Pick at least one model in the toolbar");
            return;
        }
        results.start(main.getProjectDir(), project, new RunPlan(prompt, main.selectedModels(), tests,
                project.settings().defaults().concurrency()));
    }

    private void remember(Path dir) {
        settings.remember(dir.toAbsolutePath().normalize().toString());
        onRecentChanged.run();
    }

    private Optional<File> initialDirectory() {
        Path current = main.getProjectDir();
        Path parent = current == null ? null : current.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) ? Optional.of(parent.toFile()) : Optional.empty();
    }
}
