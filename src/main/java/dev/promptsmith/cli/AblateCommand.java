package dev.promptsmith.cli;

import dev.promptsmith.cost.Money;
import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.dataset.AblationPlanner;
import dev.promptsmith.dataset.AblationReport;
import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.FewShotAblationRun;
import dev.promptsmith.eval.RunCosting;
import dev.promptsmith.eval.RunEstimator;
import dev.promptsmith.eval.RunService;
import dev.promptsmith.eval.assertion.MiniLmEmbedder;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.config.ConfigFolder;
import dev.promptsmith.provider.config.ProviderSetup;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ablate <project> -p PROMPT -m MODEL}: what each few-shot example is worth. Runs the dev set
 * with all examples, with each left out, and with the first k (a sweep), then prints each example's
 * contribution (harmful ones flagged) and the score against k with its cost.
 */
@Command(name = "ablate", mixinStandardHelpOptions = true,
        description = "Few-shot ablation: each example left out, and a k-shot sweep, on the dev test cases.")
final class AblateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = {"-p", "--prompt"}, required = true, description = "The prompt variant whose examples to weigh.")
    String prompt;

    @Option(names = {"-m", "--model"}, description = "The model id (default: the project's first).")
    String model;

    @Option(names = "--sweep", split = ",", description = "Values of k to try besides all (default: 0,1,3,5).")
    List<Integer> sweep = new ArrayList<>(AblationPlanner.DEFAULT_SWEEP);

    @Option(names = "--repeats", description = "Calls per cell (default: the project's).")
    Integer repeats;

    /** Where keys and provider entries come from; tests replace it. */
    Function<String, String> environment = System::getenv;
    Path configFolder = ConfigFolder.path();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("Not a folder: " + project);
            return Cli.USAGE;
        }
        Project p = new ProjectLoader().load(project).project();
        Optional<PromptVariant> variant = p.prompt(prompt);
        Optional<ModelRef> ref = model == null ? p.settings().models().stream().findFirst()
                : p.settings().models().stream().filter(m -> m.id().equals(model)).findFirst();
        if (variant.isEmpty() || ref.isEmpty()) {
            err.println(variant.isEmpty() ? "No prompt '" + prompt + "' in the project" : "No model '" + model + "' in the project");
            return Cli.USAGE;
        }
        TokenCounter tokens = new TokenCounter();
        ProviderSetup providers = ProviderSetup.load(configFolder, environment, tokens);
        PromptRenderer renderer = dev.promptsmith.eval.EmbeddingRanker.renderer(new dev.promptsmith.eval.assertion.MiniLmEmbedder());
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "promptsmith-ablate");
            t.setDaemon(true);
            return t;
        });
        try {
            Evaluation evaluation = new Evaluation(new RunService(renderer, providers.registry(), workers),
                    providers.registry(), new MiniLmEmbedder(), new RunCosting(new PriceCatalog().load(configFolder).table(),
                    tokens, new RunEstimator(renderer, tokens))).streaming();
            FewShotAblationRun.Result result = new FewShotAblationRun(evaluation).run(project, p, variant.get(), ref.get(),
                    sweep, repeats != null ? repeats : p.settings().defaults().repeats(),
                    p.settings().defaults().concurrency(), e -> { });
            print(out, variant.get().name(), ref.get().id(), result);
            return Cli.OK;
        } finally {
            workers.shutdownNow();
        }
    }

    private static void print(PrintWriter out, String prompt, String model, FewShotAblationRun.Result result) {
        out.printf(Locale.ROOT, "Few-shot ablation of %s on %s — run %d; all %d examples score %.3f%n", prompt, model,
                result.runId(), result.plan().exampleIds().size(), result.scores().fullScore());
        out.println();
        out.printf(Locale.ROOT, "%-14s  %13s  %12s%n", "Example", "Score without", "Contribution");
        for (AblationReport.Contribution c : result.report().contributions()) {
            out.printf(Locale.ROOT, "%-14s  %13.3f  %+12.3f%s%n", c.exampleId(), c.scoreWithout(), c.contribution(),
                    c.harmful() ? "  harmful: the score rises without it" : "");
        }
        out.println();
        out.printf(Locale.ROOT, "%-5s  %7s  %8s  %10s%n", "k", "Score", "Gain", "Run cost");
        for (AblationReport.CurvePoint point : result.report().curve()) {
            out.printf(Locale.ROOT, "%-5d  %7.3f  %+8.3f  %10s%n", point.k(), point.score(), point.gain(), Money.usd(point.cost()));
        }
        result.report().bestK().ifPresent(k -> out.println("\nThe fewest examples that reach the best score: k = " + k));
    }
}
