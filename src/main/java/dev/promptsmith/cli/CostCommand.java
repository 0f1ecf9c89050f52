package dev.promptsmith.cli;

import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.cost.PriceTableReader;
import dev.promptsmith.cost.advice.Advisor;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.cost.report.CostOptions;
import dev.promptsmith.cost.report.CostReport;
import dev.promptsmith.cost.report.CostReportText;
import dev.promptsmith.cost.report.CostReports;
import dev.promptsmith.model.Problem;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.config.ConfigFolder;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.RunSummary;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cost <project>}: what a run's columns cost at a monthly volume, the prompt's cost levers, fine-tuning vs prompting, and advice. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost and advice from a stored run (the latest unless --run): monthly projection, prompt levers, "
                + "prompting vs fine-tuning, and what to do next.")
final class CostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--run", paramLabel = "RUN", description = "The run to read (default: the latest).")
    Long run;

    @Option(names = "--calls", paramLabel = "N", description = "Calls a month to project (default: 100,000).")
    Long calls;

    @Option(names = "--hit-rate", paramLabel = "RATE", description = "Share of calls that find the prompt cached, 0..1 (default 0.9).")
    Double hitRate;

    @Option(names = "--months", paramLabel = "N", description = "Months to compare prompting with fine-tuning (default 12).")
    Integer months;

    @Option(names = "--fine-tune", paramLabel = "KEY",
            description = "The ft: price key of the model to fine-tune, e.g. openai/ft:gpt-4o-mini-2024-07-18.")
    String fineTune;

    /** Where the user's price overrides come from; tests replace it. */
    Path configFolder = ConfigFolder.path();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("Not a folder: " + project);
            return Cli.USAGE;
        }
        CostOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        if (!Files.exists(ResultsStore.fileOf(project))) {
            err.println("No runs yet in " + project + ": run `promptsmith eval " + project + "` first.");
            return Cli.USAGE;
        }
        LoadedProject loaded = new ProjectLoader().load(project);
        loaded.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).forEach(p -> err.println("error: " + p));
        PriceTableReader.Result prices = new PriceCatalog().load(configFolder);
        prices.problems().forEach(problem -> err.println("warning: " + problem));
        try (ResultsStore store = ResultsStore.open(project)) {
            Optional<Long> runId = run != null ? Optional.of(run) : store.runs().stream().map(RunSummary::id).findFirst();
            Optional<RunSpec> plan = runId.flatMap(store::runSpec);
            if (plan.isEmpty()) {
                err.println(run == null ? "No runs yet in " + project + ": run `promptsmith eval " + project + "` first."
                        : "There is no run " + run + " in " + project + ".");
                return Cli.USAGE;
            }
            List<StoredCell> cells;
            try (var stream = store.cells(runId.get())) {
                cells = stream.toList();
            }
            TokenCounter tokens = new TokenCounter();
            CostReport report = new CostReports(new PromptRenderer(), tokens, TrainingPrices.bundled(), Advisor.standard())
                    .build(loaded.project(), runId.get(), plan.get(), cells, prices.table(), options);
            CostReportText.print(out, report);
            return Cli.OK;
        }
    }

    private CostOptions options() {
        if (calls != null && calls < 0) {
            throw new IllegalArgumentException("--calls must be a number of calls ≥ 0, not " + calls);
        }
        if (hitRate != null && !(hitRate >= 0 && hitRate <= 1)) {
            throw new IllegalArgumentException("--hit-rate must be between 0 and 1, not " + hitRate);
        }
        if (months != null && months < 1) {
            throw new IllegalArgumentException("--months must be at least 1, not " + months);
        }
        CostOptions options = CostOptions.defaults();
        if (calls != null) {
            options = options.withMonthlyCalls(calls);
        }
        if (hitRate != null) {
            options = options.withHitRate(hitRate);
        }
        if (months != null) {
            options = options.withTco(options.tco().toBuilder().horizonMonths(months).build());
        }
        if (fineTune != null) {
            options = new CostOptions(options.monthlyCalls(), options.hitRate(), options.tco(), options.extraCandidates(),
                    fineTune);
        }
        return options;
    }
}
