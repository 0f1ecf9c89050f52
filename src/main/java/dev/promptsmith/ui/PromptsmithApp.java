package dev.promptsmith.ui;

import dev.promptsmith.AppOptions;
import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.cost.PriceTableReader;
import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.ui.export.ExportDialog;
import dev.promptsmith.ui.export.ExportViewModel;
import dev.promptsmith.eval.RunCosting;
import dev.promptsmith.eval.RunEstimator;
import dev.promptsmith.eval.RunService;
import dev.promptsmith.provider.config.ConfigFolder;
import dev.promptsmith.eval.assertion.MiniLmEmbedder;
import dev.promptsmith.model.Project;
import dev.promptsmith.project.NewProjectWriter;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntriesStore;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.ProviderSetup;
import dev.promptsmith.ui.settings.ProviderSettingsDialog;
import dev.promptsmith.ui.settings.ProviderSettingsViewModel;
import dev.promptsmith.provider.echo.EchoProvider;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import dev.promptsmith.ui.common.Theme;
import dev.promptsmith.ui.inspector.InspectorView;
import dev.promptsmith.ui.inspector.InspectorViewModel;
import dev.promptsmith.ui.results.ResultsView;
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.settings.UserSettings;
import dev.promptsmith.ui.settings.UserSettingsStore;
import dev.promptsmith.ui.models.AddModelDialog;
import dev.promptsmith.ui.models.AddModelViewModel;
import dev.promptsmith.ui.shell.Shell;
import dev.promptsmith.ui.shell.ShellDialogs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The composition root: builds every service once, wires the main window, and runs the app's options. */
public final class PromptsmithApp extends Application {

    private static final Logger LOG = Logger.getLogger(PromptsmithApp.class.getName());
    static final Path DEFAULT_SAMPLE = Path.of("sample-projects", "support-triage");

    private AppOptions options;
    private UserSettingsStore settingsStore;
    private UserSettings settings;
    private PriceTableReader.Result prices;
    private ExecutorService background;
    private ExecutorService runWorkers;
    /** Set on the background thread by {@link #registerHttpProviders}, read after its hand-back to the FX thread. */
    private volatile KeyStore keys;
    private volatile ProviderEntriesStore providerEntries;

    /** Runs on the launcher thread, so reading settings from disk never holds the FX thread. */
    @Override
    public void init() {
        options = AppOptions.parse(getParameters().getRaw());
        settingsStore = new UserSettingsStore(UserSettingsStore.defaultDirectory());
        settings = settingsStore.load();
        prices = new PriceCatalog().load(ConfigFolder.path());
        prices.problems().forEach(problem -> LOG.warning("Price overrides: " + problem));
        // One ordered background thread: saves and loads complete in the order they were asked for.
        background = Executors.newSingleThreadExecutor(daemon("promptsmith-background"));
        runWorkers = Executors.newCachedThreadPool(daemon("promptsmith-run"));
    }

    @Override
    public void start(Stage stage) {
        BackgroundTasks tasks = new BackgroundTasks(background, Platform::runLater);
        TokenCounter tokens = new TokenCounter();
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        PromptRenderer renderer = dev.promptsmith.eval.EmbeddingRanker.renderer(embedder);
        TemplateAnalyzer analyzer = new TemplateAnalyzer();
        ProviderRegistry providers = new ProviderRegistry().register(new EchoProvider(tokens));
        ProviderFactory[] factory = new ProviderFactory[1];
        Shell shell = new Shell(
                new dev.promptsmith.ui.shell.MainViewModel(new ProjectLoader(), new ProjectSaver(), new NewProjectWriter(), tasks),
                new InspectorViewModel(renderer, analyzer, tokens, tasks),
                new ResultsViewModel(new Evaluation(new RunService(renderer, providers, runWorkers), providers,
                        embedder, new RunCosting(prices.table(), tokens, new RunEstimator(renderer, tokens))),
                        background, Platform::runLater, renderer),
                analyzer, tasks, settings, this::saveSettings, new ShellDialogs() {
                    @Override
                    public void providerSettings(javafx.stage.Window owner) {
                        if (factory[0] != null) {
                            new ProviderSettingsDialog(owner, new ProviderSettingsViewModel(providerEntries, keys,
                                    factory[0], providers, tasks)).show();
                        }
                    }

                    @Override
                    public void exportPrompt(javafx.stage.Window owner, dev.promptsmith.model.Project project,
                                             String activePrompt) {
                        if (project == null) {
                            return;
                        }
                        new ExportDialog(owner, new ExportViewModel(project, activePrompt, () -> providerEntryList(),
                                renderer, tasks)).show();
                    }

                    @Override
                    public java.util.Optional<dev.promptsmith.model.ModelRef> addModel(javafx.stage.Window owner,
                                                                                      java.util.Set<String> usedIds) {
                        return new AddModelDialog(owner, new AddModelViewModel(providers, tasks, usedIds)).showAndWait();
                    }
                }, tokens, renderer);
        shell.show(stage, options.screenshot() != null);
        // OkHttp (with Kotlin's runtime) and the provider settings load once the first frame is up, so
        // they do not compete with it for the two cores; until then only echo answers.
        afterFirstFrame(shell, () -> tasks.run(() -> registerHttpProviders(providers, tokens), f -> factory[0] = f,
                error -> LOG.log(Level.WARNING, "Providers are unavailable: " + error.getMessage())));
        if (options.startupBenchmark()) {
            reportFirstFrame(shell);
        }
        // The project is read once the first frame is up, so the window appears without waiting
        // for (or competing with) the YAML and JSON libraries; it fills in a moment later.
        afterFirstFrame(shell, () -> startupProject()
                .ifPresent(dir -> shell.commands().open(dir, project -> afterLoad(shell, project))));
    }

    /** The configured provider entries, or the built-in ones until the settings are read (or if they cannot be). */
    private java.util.List<dev.promptsmith.provider.config.ProviderEntry> providerEntryList() {
        try {
            return providerEntries == null ? dev.promptsmith.provider.config.BuiltInProviders.entries() : providerEntries.load();
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "Provider entries unreadable; using the built-in ones: " + e.getMessage());
            return dev.promptsmith.provider.config.BuiltInProviders.entries();
        }
    }

    /** Lets a pending settings save finish; runs in flight are abandoned (nothing of theirs is stored yet). */
    @Override
    public void stop() throws InterruptedException {
        runWorkers.shutdownNow();
        background.shutdown();
        if (!background.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS)) {
            LOG.warning("Background work still running at exit was abandoned");
        }
    }

    /** Builds every configured HTTP provider into {@code providers}; runs on the background thread. */
    private ProviderFactory registerHttpProviders(ProviderRegistry providers, TokenCounter tokens) throws IOException {
        // Built here, off the critical path: the stores bring in Jackson, the client OkHttp and Kotlin.
        ProviderSetup setup = ProviderSetup.load(UserSettingsStore.defaultDirectory(), System::getenv, tokens, providers);
        keys = setup.keys();
        providerEntries = setup.entries();
        return setup.factory();
    }

    private java.util.Optional<Path> startupProject() {
        if (options.project() != null) {
            return java.util.Optional.of(options.project());
        }
        String last = settings.lastProject();
        if (last != null && Files.isDirectory(Path.of(last))) {
            return java.util.Optional.of(Path.of(last));
        }
        return Files.isDirectory(DEFAULT_SAMPLE) ? java.util.Optional.of(DEFAULT_SAMPLE) : java.util.Optional.empty();
    }

    private void afterLoad(Shell shell, Project project) {
        if (options.screenshot() == null) {
            return;
        }
        if (options.run()) {
            // The shot waits for the finished run's grid (summaries, rows, the first row's detail).
            shell.results().grid().setOnRowsShown(() -> {
                shell.selectFirstResult();
                if (options.tab() != null) {
                    shell.showResultsTab(options.tab());
                }
                shell.whenSettled(() -> screenshotAndExit(shell));
            });
            shell.focusResults();
            shell.commands().compareVariants();
        } else {
            if (options.table() != null) {
                shell.openTable(options.table());
            }
            shell.whenSettled(() -> screenshotAndExit(shell));
        }
    }

    private void screenshotAndExit(Shell shell) {
        try {
            ScreenshotWriter.write(shell.scene(), options.screenshot());
            System.out.println("Screenshot saved to " + options.screenshot().toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Could not save the screenshot to " + options.screenshot() + ": " + e.getMessage());
        }
        Platform.exit();
    }

    private void reportFirstFrame(Shell shell) {
        afterFirstFrame(shell, () -> {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + (System.currentTimeMillis() - jvmStart));
            Platform.exit();
        });
    }

    /** Runs {@code action} once, after the scene's first layout pulse: the first frame is on screen. */
    private static void afterFirstFrame(Shell shell, Runnable action) {
        shell.scene().addPostLayoutPulseListener(new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    // Removed later: removing inside the pulse would make the scene skip the next listener.
                    Platform.runLater(() -> shell.scene().removePostLayoutPulseListener(this));
                    action.run();
                }
            }
        });
    }

    private void saveSettings(UserSettings updated) {
        if (options.screenshot() != null || options.startupBenchmark()) {
            return; // scripted runs must not change the user's window layout or recent projects
        }
        // Written off the FX thread; the single background thread keeps saves in order.
        UserSettings copy = updated.copy();
        background.execute(() -> {
            try {
                settingsStore.save(copy);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save settings to " + settingsStore.file(), e);
            }
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
