package dev.promptsmith.ui.shell;

import dev.promptsmith.model.Problem;
import dev.promptsmith.ui.common.Styles;
import dev.promptsmith.ui.common.Theme;
import dev.promptsmith.ui.inspector.InspectorView;
import dev.promptsmith.ui.results.ResultsView;
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.settings.UserSettings;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The IDE layout: menu and toolbar on top, explorer | editors | inspector, results below, status bar. */
public final class MainWindow extends BorderPane {

    private final MainViewModel main;
    private final ResultsViewModel results;
    private final ShellCommands commands;
    private final UserSettings settings;
    private final Consumer<Theme> onTheme;
    private final SplitPane horizontal = new SplitPane();
    private final SplitPane vertical = new SplitPane();

    /** Gives the results most of the window's height (for a scripted screenshot of the comparison). */
    public void focusResults() {
        vertical.setDividerPositions(0.3);
    }
    private final Menu recentMenu = new Menu("Open Recent");

    public MainWindow(MainViewModel main, ResultsViewModel results, ShellCommands commands, UserSettings settings,
                      ProjectExplorerView explorer, EditorTabsView editors, InspectorView inspector,
                      ResultsView resultsView, StatusBarView statusBar, Consumer<Theme> onTheme,
                      Runnable onProviderSettings, Runnable onAddModel, Runnable onExport) {
        this.main = main;
        this.results = results;
        this.commands = commands;
        this.settings = settings;
        this.onTheme = onTheme;
        setId("mainWindow");
        setTop(new VBox(createMenuBar(onProviderSettings, onExport), createToolBar(onAddModel)));
        setCenter(createWorkspace(explorer, editors, inspector, resultsView));
        setBottom(statusBar);
    }

    /** Divider positions, for saving in the user settings. */
    public double[] horizontalDividers() {
        return horizontal.getDividerPositions();
    }

    public double verticalDivider() {
        return vertical.getDividerPositions()[0];
    }

    public void refreshRecent() {
        recentMenu.getItems().clear();
        for (String path : settings.recentProjects) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> commands.openRecent(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(settings.recentProjects.isEmpty());
    }

    private MenuBar createMenuBar(Runnable onProviderSettings, Runnable onExport) {
        MenuItem providers = item("Providers and API Keys…", "Shortcut+Comma", onProviderSettings);
        providers.setId("providersMenuItem");
        MenuBar bar = new MenuBar(createFileMenu(onExport), createViewMenu(), createRunMenu(),
                new Menu("Settings", null, providers));
        bar.setId("menuBar");
        return bar;
    }

    private Menu createFileMenu(Runnable onExport) {
        MenuItem newProject = item("New Project…", "Shortcut+N", commands::newProject);
        MenuItem open = item("Open Project…", "Shortcut+O", commands::openWithDialog);
        MenuItem save = item("Save", "Shortcut+S", commands::save);
        save.setId("saveMenuItem");
        save.disableProperty().bind(main.dirtyProperty().not());
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", commands::saveAs);
        saveAs.disableProperty().bind(main.projectProperty().isNull());
        MenuItem exit = item("Exit", "Shortcut+Q", () -> getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        refreshRecent();
        MenuItem export = item("Export Prompt…", "Shortcut+E", onExport);
        export.setId("exportMenuItem");
        export.disableProperty().bind(main.projectProperty().isNull());
        return new Menu("File", null, newProject, open, recentMenu, new SeparatorMenuItem(), save, saveAs, export,
                new SeparatorMenuItem(), exit);
    }

    private Menu createViewMenu() {
        Menu theme = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.key());
            item.setToggleGroup(group);
            item.setSelected(t.key().equals(settings.theme));
            item.setOnAction(e -> onTheme.accept(t));
            theme.getItems().add(item);
        }
        return new Menu("View", null, theme);
    }

    private Menu createRunMenu() {
        MenuItem runCurrent = item("Run Current Test", "Shortcut+Enter", commands::runCurrent);
        MenuItem runAll = item("Run All Tests", "Shortcut+Shift+Enter", commands::runAll);
        MenuItem stop = item("Stop", "Esc", commands::stop);
        runCurrent.disableProperty().bind(results.runningProperty());
        runAll.disableProperty().bind(results.runningProperty());
        stop.disableProperty().bind(results.runningProperty().not());
        MenuItem compare = item("Compare All Prompt Variants", "Shortcut+Alt+Enter", commands::compareVariants);
        compare.setId("compareVariantsItem");
        compare.disableProperty().bind(results.runningProperty());
        MenuItem ablate = item("Few-shot Ablation of the Prompt", "Shortcut+Alt+A", commands::ablate);
        ablate.setId("ablateItem");
        ablate.disableProperty().bind(results.runningProperty());
        return new Menu("Run", null, runCurrent, runAll, compare, ablate, stop);
    }

    private ToolBar createToolBar(Runnable onAddModel) {
        ModelPicker picker = new ModelPicker(main.models(), main.selectedModels(), onAddModel);
        Button runCurrent = button("runCurrentButton", "▶ Run", "Run the prompt on the chosen test case (Ctrl+Enter)", commands::runCurrent);
        Button runAll = button("runAllButton", "▶▶ Run all", "Run the prompt on every test case (Ctrl+Shift+Enter)", commands::runAll);
        Button stop = button("stopButton", "■ Stop", "Stop the run (Esc)", commands::stop);
        runCurrent.disableProperty().bind(results.runningProperty().or(main.projectProperty().isNull()));
        runAll.disableProperty().bind(results.runningProperty().or(main.projectProperty().isNull()));
        stop.disableProperty().bind(results.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("runProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(results.progressProperty());
        progress.visibleProperty().bind(results.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(picker, new Separator(Orientation.VERTICAL), runCurrent, runAll, stop, spacer, progress);
        bar.setId("toolBar");
        return bar;
    }

    private Pane createWorkspace(ProjectExplorerView explorer, EditorTabsView editors, InspectorView inspector,
                                 ResultsView resultsView) {
        horizontal.getItems().setAll(explorer, editors, inspector);
        horizontal.setDividerPositions(settings.horizontalDividers);
        SplitPane.setResizableWithParent(explorer, false);
        SplitPane.setResizableWithParent(inspector, false);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().setAll(horizontal, resultsView);
        vertical.setDividerPositions(settings.verticalDivider);
        SplitPane.setResizableWithParent(resultsView, false);
        BorderPane pane = new BorderPane(vertical);
        pane.getStyleClass().add(Styles.PANEL);
        main.loadProblems().addListener((javafx.collections.ListChangeListener<Problem>) c -> {
            if (main.loadProblems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                resultsView.showProblems();
            }
        });
        return pane;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
