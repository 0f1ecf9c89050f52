package dev.promptsmith.cli;

import dev.promptsmith.export.report.EvalReport;
import dev.promptsmith.export.report.ReportCell;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.export.report.ReportWriter;
import dev.promptsmith.export.report.ReportWriters;
import dev.promptsmith.eval.Evaluation;
import dev.promptsmith.eval.RunEvent;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.eval.RunService;
import dev.promptsmith.eval.ScoredCells;
import dev.promptsmith.eval.TestSelection;
import dev.promptsmith.eval.assertion.MiniLmEmbedder;
import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.eval.metrics.TargetCheck;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.config.ConfigFolder;
import dev.promptsmith.provider.config.ProviderSetup;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.cost.PriceTableReader;
import dev.promptsmith.eval.RunCosting;
import dev.promptsmith.eval.RunEstimate;
import dev.promptsmith.eval.RunEstimator;
import dev.promptsmith.eval.metrics.ClassificationMetrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval <project>}: runs prompt variants × models on the chosen test cases, scores, stores and reports. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run and score a project. Exit code 1 when a column misses the target (or --fail-under).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = {"-p", "--prompt"}, description = "Prompt variants to run (default: all).")
    List<String> prompts = new ArrayList<>();

    @Option(names = {"-m", "--model"}, description = "Model ids to run (default: all the project's models).")
    List<String> models = new ArrayList<>();

    @Option(names = "--tag", description = "Only test cases with any of these tags.")
    Set<String> tags = new LinkedHashSet<>();

    @Option(names = "--id", description = "Only these test cases (whatever their split).")
    Set<String> ids = new LinkedHashSet<>();

    @Option(names = "--split", defaultValue = "dev", description = "dev (default), heldout or all.")
    String split;

    @Option(names = "--repeats", description = "Calls per cell (default: the project's).")
    Integer repeats;

    @Option(names = "--concurrency", description = "Calls in flight (default: the project's).")
    Integer concurrency;

    @Option(names = "--no-cache", description = "Call the models even where the response cache has an answer.")
    boolean noCache;

    @Option(names = {"-o", "--output"}, description = "Write a report: .json, .jsonl, .csv, .html or .xml (JUnit).")
    Path output;

    @Option(names = "--resume", paramLabel = "RUN", description = "Finish run RUN (same options as it had): call only the cells it lacks.")
    Long resume;

    @Option(names = "--budget", paramLabel = "USD",
            description = "Most this run may spend, in US dollars (overrides the project's budget); 'none' for no limit.")
    String budget;

    @Option(names = "--estimate", description = "Print the plan's calls and cost estimate, and run nothing.")
    boolean estimateOnly;

    @Option(names = "--fail-under", description = "Pass rate every column must reach (overrides the project's target).")
    Double failUnder;

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
        ReportWriter writer = null;
        if (output != null) {
            writer = ReportWriters.forFile(output).orElse(null);
            if (writer == null) {
                err.println("Unknown report format for " + output + "; use " + ReportWriters.extensions());
                return Cli.USAGE;
            }
        }
        LoadedProject loaded = new ProjectLoader().load(project);
        loaded.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).forEach(p -> err.println("error: " + p));
        Project p = loaded.project();
        RunPlan plan;
        try {
            plan = plan(p);
            p = withBudget(p);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        TokenCounter tokens = new TokenCounter();
        ProviderSetup providers = ProviderSetup.load(configFolder, environment, tokens);
        PriceTableReader.Result prices = new PriceCatalog().load(configFolder);
        prices.problems().forEach(problem -> err.println("warning: " + problem));
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        PromptRenderer renderer = dev.promptsmith.eval.EmbeddingRanker.renderer(embedder);
        RunCosting costing = new RunCosting(prices.table(), tokens, new RunEstimator(renderer, tokens));
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "promptsmith-run");
            t.setDaemon(true);
            return t;
        });
        try {
            // Streaming: each cell is in the results store as it finishes and nothing else holds it,
            // so a run of any size keeps memory flat; the summary and report read the store back.
            Evaluation evaluation = new Evaluation(new RunService(renderer, providers.registry(), workers),
                    providers.registry(), embedder, costing).streaming();
            if (resume == null) {
                RunEstimate estimate = evaluation.estimate(project, p, plan);
                EstimateLines.print(err, estimate, p.settings().budgetUsd());
                if (estimateOnly) {
                    return Cli.OK;
                }
            }
            Progress progress = new Progress(err, plan.cellCount(), System.console() != null);
            Evaluation.Started run = resume == null ? evaluation.start(project, p, plan, progress::on)
                    : evaluation.resume(project, p, plan, resume, progress::on);
            run.finished().get();
            progress.done();
            if (progress.stopReason() != null) {
                err.println(progress.stopReason());
            }
            Map<String, TestCase> tests = plan.tests().stream().collect(Collectors.toMap(TestCase::id, t -> t, (a, b) -> a));
            Map<String, String> promptByHash = plan.prompts().stream()
                    .collect(Collectors.toMap(PromptVersions::hash, PromptVariant::name, (a, b) -> a));
            Function<StoredCell, String> column = c -> plan.prompts().size() > 1
                    ? promptByHash.get(c.key().promptHash()) + " × " + c.key().modelId() : c.key().modelId();
            try (ResultsStore store = ResultsStore.open(project)) {
                List<dev.promptsmith.eval.metrics.ScoredCell> scored;
                try (var cells = store.cells(run.runId())) {
                    scored = cells.map(c -> ScoredCells.of(c, tests.get(c.key().testId()), column.apply(c))).toList();
                }
                List<ColumnSummary> summaries = ColumnMetrics.summarize(scored);
                SummaryTable.print(out, p.settings().name(), run.runId(), summaries);
                compareBestTwo(out, scored, summaries);
                ClassificationTable.print(out, ClassificationMetrics.of(scored));
                if (writer != null) {
                    try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        writer.write(new EvalReport(p.settings().name(), run.runId(), summaries, () -> store.cells(run.runId())
                                .map(c -> ReportCell.of(c, column.apply(c), promptByHash.get(c.key().promptHash())))), file);
                    }
                    out.println("Report written to " + output);
                }
                if (progress.stopReason() != null) {
                    err.println("The run stopped early (run " + run.runId() + "); its results are incomplete.");
                    return Cli.ERROR;
                }
                return verdict(out, p, summaries);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** The project with {@code --budget} applied. */
    private Project withBudget(Project p) {
        if (budget == null) {
            return p;
        }
        if (budget.equalsIgnoreCase("none")) {
            return p.withSettings(p.settings().withBudget(null));
        }
        try {
            BigDecimal limit = new BigDecimal(budget.trim().replaceFirst("^\\$", ""));
            if (limit.signum() < 0) {
                throw new NumberFormatException();
            }
            return p.withSettings(p.settings().withBudget(limit));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--budget must be an amount of US dollars >= 0 or 'none', not '" + budget + "'");
        }
    }

    private RunPlan plan(Project p) {
        List<PromptVariant> chosenPrompts = pick(p.prompts(), prompts, PromptVariant::name, "prompt");
        List<ModelRef> chosenModels = pick(p.settings().models(), models, ModelRef::id, "model");
        Split wanted = switch (split) {
            case "all" -> null;
            default -> Split.fromKey(split).orElseThrow(() -> new IllegalArgumentException(
                    "--split must be dev, heldout or all, not '" + split + "'"));
        };
        List<TestCase> chosenTests = new TestSelection(ids, tags, wanted).apply(p.tests());
        if (chosenPrompts.isEmpty() || chosenModels.isEmpty() || chosenTests.isEmpty()) {
            throw new IllegalArgumentException("Nothing to run: " + chosenPrompts.size() + " prompts, "
                    + chosenModels.size() + " models, " + chosenTests.size() + " test cases selected");
        }
        return new RunPlan(chosenPrompts, chosenModels, chosenTests,
                repeats != null ? repeats : p.settings().defaults().repeats(),
                concurrency != null ? concurrency : p.settings().defaults().concurrency(), noCache);
    }

    private static <T> List<T> pick(List<T> all, List<String> wanted, Function<T, String> name, String what) {
        if (wanted.isEmpty()) {
            return all;
        }
        List<T> chosen = new ArrayList<>();
        for (String w : wanted) {
            chosen.add(all.stream().filter(x -> name.apply(x).equals(w)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("No " + what + " '" + w + "' in the project; it has: "
                            + all.stream().map(name).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }

    /** With two columns or more: is the best one really better than the runner-up, case by case? */
    private static void compareBestTwo(PrintWriter out, List<dev.promptsmith.eval.metrics.ScoredCell> cells,
                                       List<ColumnSummary> summaries) {
        if (summaries.size() < 2) {
            return;
        }
        List<ColumnSummary> ranked = summaries.stream().sorted(TargetCheck.BEST_FIRST).toList();
        // Seeded so the same results always print the same bootstrap interval.
        var comparison = dev.promptsmith.eval.metrics.PairedComparisons.compare(cells, ranked.get(1).columnId(),
                ranked.get(0).columnId(), 20_261_128L);
        out.println("Best against runner-up (A = " + ranked.get(1).columnId() + ", B = " + ranked.get(0).columnId() + "): "
                + comparison.verdict());
    }

    /** Every column must reach the target: this is a gate for CI. */
    private int verdict(PrintWriter out, Project p, List<ColumnSummary> summaries) {
        Target target = failUnder != null ? Target.of("passRate", failUnder)
                : p.settings().target() == null ? null : Target.of(p.settings().target().metric(), p.settings().target().value());
        if (target == null) {
            return Cli.OK;
        }
        var report = TargetCheck.check(summaries, target);
        boolean all = report.meetingColumns().size() == summaries.size();
        String goal = (target.metric() == dev.promptsmith.eval.metrics.TargetMetric.PASS_RATE ? "pass rate" : "mean score")
                + " ≥ " + String.format(java.util.Locale.ROOT, "%.2f", target.value());
        out.println(all ? "Target met: " + goal + " in every column."
                : "Target NOT met: " + goal + " is reached by " + report.meetingColumns().size() + " of "
                        + summaries.size() + " columns.");
        return all ? Cli.OK : Cli.NOT_MET;
    }

    /** A one-line progress bar on a terminal; a line per 10 % otherwise (CI logs). */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private volatile int lastTenth = -1;
        private volatile String stopReason;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        String stopReason() {
            return stopReason;
        }

        void on(RunEvent event) {
            if (event instanceof RunEvent.RunFinished end && end.stopReason() != null) {
                stopReason = end.stopReason();
            }
            if (!(event instanceof RunEvent.CellFinished done)) {
                return;
            }
            int n = finished.incrementAndGet();
            if (!done.result().ok()) {
                failed.incrementAndGet();
            }
            int tenth = n * 10 / Math.max(1, total);
            if (terminal) {
                int width = 30;
                int filled = n * width / Math.max(1, total);
                synchronized (err) {
                    err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + n + "/" + total
                            + (failed.get() > 0 ? "  " + failed.get() + " errors" : ""));
                    err.flush();
                }
            } else if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(n + "/" + total + " calls done" + (failed.get() > 0 ? ", " + failed.get() + " errors" : ""));
            }
        }

        void done() {
            if (terminal) {
                err.println();
            }
        }
    }
}
