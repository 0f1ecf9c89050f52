package dev.promptsmith.ui.shell;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.template.TemplateProblem;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.common.Theme;
import dev.promptsmith.ui.inspector.InspectorView;
import dev.promptsmith.ui.inspector.InspectorViewModel;
import dev.promptsmith.ui.inspector.TokenRow;
import dev.promptsmith.ui.results.ResultsView;
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.results.RowActions;
import dev.promptsmith.ui.settings.UserSettings;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Assembles the main window from its view models and keeps them in step: the active prompt and
 * chosen test case feed the inspector and the editors' known variables; problems from loading and
 * rendering meet in one list.
 */
public final class Shell {

    private final MainViewModel main;
    private final InspectorViewModel inspector;
    private final ResultsViewModel results;
    private final ResultsView resultsView;
    private final DataTables tables;
    private final BackgroundTasks tasks;
    private final UserSettings settings;
    private final Consumer<UserSettings> saveSettings;
    private final EditorTabsView editors;
    private final ProjectExplorerView explorer;
    private final ShellCommands commands;
    private final MainWindow window;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private Scene scene;

    public Shell(MainViewModel main, InspectorViewModel inspector, ResultsViewModel results, TemplateAnalyzer analyzer,
                 BackgroundTasks tasks, UserSettings settings, Consumer<UserSettings> saveSettings,
                 ShellDialogs dialogs, dev.promptsmith.tokens.TokenCounter tokens,
                 dev.promptsmith.template.PromptRenderer renderer) {
        this.main = main;
        this.inspector = inspector;
        this.results = results;
        this.tasks = tasks;
        this.settings = settings;
        this.saveSettings = saveSettings;
        this.editors = new EditorTabsView(analyzer, tasks.executor(), main::updatePrompt);
        this.explorer = new ProjectExplorerView(this::openPrompt, main.selectedTestProperty()::set);
        this.tables = new DataTables(main, tasks, tokens, renderer, editors);
        explorer.setOnOpenTable(tables::open);
        MainWindow[] holder = new MainWindow[1];
        this.commands = new ShellCommands(main, results, editors, settings, () -> {
            if (holder[0] != null) {
                holder[0].refreshRecent();
            }
            saveSettings.accept(settings);
        });
        InspectorView inspectorView = new InspectorView(inspector, main.tests(), main.selectedTestProperty());
        this.resultsView = new ResultsView(results, problems, p -> openPrompt(promptOf(p)), new RowActions() {
            @Override
            public void useAsExpected(String testId, String output) {
                results.report(main.useAsExpected(testId, output)
                        ? "The output is now the expected output of " + testId + " (save to keep it)"
                        : "Test " + testId + " is no longer in the project");
            }

            @Override
            public void addAsExample(String testId, String output) {
                String id = main.addExample(testId, output);
                results.report(id == null ? "Test " + testId + " is no longer in the project"
                        : "Added few-shot example " + id + " (save to keep it)");
            }
        });
        StatusBarView status = new StatusBarView(main.statusProperty(), tokenSummary(), results.summaryProperty());
        this.window = new MainWindow(main, results, commands, settings, explorer, editors, inspectorView,
                resultsView, status, this::applyTheme, () -> dialogs.providerSettings(scene.getWindow()),
                () -> dialogs.addModel(scene.getWindow(), main.models().stream().map(m -> m.id())
                        .collect(java.util.stream.Collectors.toSet())).ifPresent(main::addModel),
                () -> dialogs.exportPrompt(scene.getWindow(), main.getProject(),
                        editors.activePromptProperty().get() == null ? null : editors.activePromptProperty().get().name()));
        holder[0] = window;
        results.setConfirmOverBudget(commands::confirmOverBudget);
        wire();
    }

    /** Selects the first row of the results, so its detail shows (for scripted screenshots). */
    public void selectFirstResult() {
        resultsView.selectFirstRow();
    }

    /** Shows a tab of the results panel by name: results, runs, charts or cost (for scripted screenshots). */
    public void showResultsTab(String name) {
        resultsView.showTab(name);
    }

    /** Opens the examples or test-case table ({@code examples}, {@code tests}) in the editor. */
    public void openTable(String kind) {
        tables.open(kind.equals("examples") ? ProjectExplorerView.EXAMPLES : ProjectExplorerView.TESTS);
    }

    /** Gives the results panel most of the window (for scripted screenshots). */
    public void focusResults() {
        window.focusResults();
    }

    public ShellCommands commands() {
        return commands;
    }

    public ResultsViewModel results() {
        return results;
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel main() {
        return main;
    }

    /** Shows the window with the remembered size (a fixed 1440×900 for scripted screenshots). */
    public void show(Stage stage, boolean fixedSize) {
        scene = new Scene(window, fixedSize ? 1440 : settings.windowWidth, fixedSize ? 900 : settings.windowHeight);
        Theme.fromKey(settings.theme).apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && results.isRunning()) {
                commands.stop();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(main.titleProperty());
        if (!fixedSize) {
            if (!Double.isNaN(settings.windowX) && !Double.isNaN(settings.windowY)) {
                stage.setX(settings.windowX);
                stage.setY(settings.windowY);
            }
            stage.setMaximized(settings.maximized);
        }
        commands.setOwner(stage);
        stage.setOnCloseRequest(e -> {
            if (!commands.confirmDiscard("quit")) {
                e.consume();
                return;
            }
            rememberWindow(stage);
        });
        stage.show();
    }

    /** Runs {@code action} once no background work is pending and the editors have had time to highlight. */
    public void whenSettled(Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(600));
        pause.setOnFinished(e -> {
            if (tasks.getActive() == 0) {
                action.run();
            } else {
                pause.playFromStart();
            }
        });
        pause.play();
    }

    private void wire() {
        main.projectProperty().addListener((o, old, project) -> {
            explorer.show(project, main.savedProjectProperty().get());
            inspector.examplesProperty().set(project == null ? java.util.List.of() : project.examples());
            results.setProject(main.getProjectDir(), project);
        });
        main.savedProjectProperty().addListener((o, old, saved) -> explorer.show(main.getProject(), saved));
        editors.activePromptProperty().addListener((o, old, prompt) -> inspector.promptProperty().set(prompt));
        main.selectedTestProperty().addListener((o, old, test) -> {
            inspector.testProperty().set(test);
            editors.setKnownVariables(knownVariables(test));
        });
        Bindings.bindContent(inspector.models(), main.selectedModels());
        main.loadProblems().addListener((ListChangeListener<Problem>) c -> refreshProblems());
        inspector.problems().addListener((ListChangeListener<TemplateProblem>) c -> refreshProblems());
    }

    private static Set<String> knownVariables(TestCase test) {
        Set<String> names = new HashSet<>();
        names.add("examples");
        if (test != null) {
            names.addAll(test.vars().keySet());
        }
        return names;
    }

    private void refreshProblems() {
        java.util.List<Problem> all = new java.util.ArrayList<>(main.loadProblems());
        javafx.beans.value.ObservableValue<dev.promptsmith.model.PromptVariant> active = editors.activePromptProperty();
        String file = active.getValue() == null ? "prompt" : "prompts/" + active.getValue().name() + ".prompt.yaml";
        for (TemplateProblem p : inspector.problems()) {
            all.add(Problem.error(file, p.line(), p.column(), p.part() + ": " + p.message()));
        }
        problems.setAll(all);
    }

    private javafx.beans.binding.StringBinding tokenSummary() {
        return Bindings.createStringBinding(() -> {
            if (inspector.tokens().isEmpty()) {
                return "";
            }
            TokenRow first = inspector.tokens().get(0);
            return "Request: " + first.count() + " tokens (" + first.modelId() + ")   ";
        }, inspector.tokens());
    }

    private void openPrompt(String name) {
        Project project = main.getProject();
        if (project != null && name != null) {
            project.prompt(name).ifPresent(editors::open);
        }
    }

    private static String promptOf(Problem problem) {
        String file = problem.file();
        if (file.startsWith("prompts/") && file.endsWith(".prompt.yaml")) {
            return file.substring("prompts/".length(), file.length() - ".prompt.yaml".length());
        }
        return null;
    }

    private void applyTheme(Theme theme) {
        theme.apply(scene);
        settings.theme = theme.key();
        saveSettings.accept(settings);
    }

    private void rememberWindow(Stage stage) {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
            settings.windowWidth = stage.getWidth();
            settings.windowHeight = stage.getHeight();
        }
        settings.horizontalDividers = window.horizontalDividers();
        settings.verticalDivider = window.verticalDivider();
        saveSettings.accept(settings);
    }
}
