package dev.promptsmith.ui.shell;

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
import dev.promptsmith.ui.results.ResultsViewModel;
import dev.promptsmith.ui.settings.UserSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real shell with real services, as the composition root does, for TestFX tests. */
final class ShellFixture {

    final ExecutorService background = Executors.newSingleThreadExecutor();
    final ExecutorService runWorkers = Executors.newCachedThreadPool();
    final UserSettings settings = new UserSettings();
    final List<UserSettings> savedSettings = new ArrayList<>();
    final Shell shell;

    ShellFixture(Stage stage) {
        this(stage, registry -> { });
    }

    /** With {@code addProviders} registering more providers beside echo. */
    ShellFixture(Stage stage, java.util.function.Consumer<ProviderRegistry> addProviders) {
        BackgroundTasks tasks = new BackgroundTasks(background, Platform::runLater);
        TokenCounter tokens = new TokenCounter();
        PromptRenderer renderer = new PromptRenderer();
        TemplateAnalyzer analyzer = new TemplateAnalyzer();
        ProviderRegistry providers = new ProviderRegistry().register(new EchoProvider(tokens));
        addProviders.accept(providers);
        shell = new Shell(new MainViewModel(new ProjectLoader(), new ProjectSaver(), new NewProjectWriter(), tasks),
                new InspectorViewModel(renderer, analyzer, tokens, tasks),
                new ResultsViewModel(new dev.promptsmith.eval.Evaluation(new RunService(renderer, providers, runWorkers),
                        providers, null), background, Platform::runLater, renderer),
                analyzer, tasks, settings, s -> savedSettings.add(s.copy()), ShellDialogs.NONE, tokens, renderer);
        shell.show(stage, true);
    }

    void close() {
        background.shutdownNow();
        runWorkers.shutdownNow();
    }

    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Copies the mini project from test resources into {@code target}, so tests may edit and save it. */
    static Path copyMiniProject(Path target) throws IOException, URISyntaxException {
        Path source = Path.of(ShellFixture.class.getResource("/dev/promptsmith/ui/mini-project").toURI());
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
