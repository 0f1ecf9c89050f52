package dev.promptsmith.cli;

import dev.promptsmith.compare.grid.ComparisonGrid;
import dev.promptsmith.compare.grid.GridBuilder;
import dev.promptsmith.compare.grid.GridExport;
import dev.promptsmith.compare.grid.GridExportResult;
import dev.promptsmith.cost.finetune.TrainingPrice;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.export.code.CodeExportRequest;
import dev.promptsmith.export.code.CodeExportResult;
import dev.promptsmith.export.code.CodeExporter;
import dev.promptsmith.export.code.CodeExporters;
import dev.promptsmith.export.finetune.DatasetFile;
import dev.promptsmith.export.finetune.DatasetFormat;
import dev.promptsmith.export.finetune.DatasetFormats;
import dev.promptsmith.export.finetune.DatasetValidator;
import dev.promptsmith.export.finetune.PassingOutput;
import dev.promptsmith.export.finetune.TrainingSet;
import dev.promptsmith.export.finetune.TrainingSetBuilder;
import dev.promptsmith.export.finetune.ValidationReport;
import dev.promptsmith.export.promptfile.ExportOptions;
import dev.promptsmith.export.promptfile.ExportResult;
import dev.promptsmith.export.promptfile.PromptFileFormat;
import dev.promptsmith.export.promptfile.PromptFileFormats;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.config.BuiltInProviders;
import dev.promptsmith.provider.config.ConfigFolder;
import dev.promptsmith.provider.config.ProviderEntriesStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSummary;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export <project> --format F}: the chosen prompt as code (curl, Python, TypeScript,
 * JavaScript, Java), as a portable prompt file (Prompty, Dotprompt, promptfoo, chat JSON,
 * Markdown), as a fine-tuning dataset (OpenAI chat, Bedrock Claude) with its validation report and
 * training cost, or a stored run's results (JSON, JSONL, CSV, HTML, JUnit) — without re-running.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a prompt as code, a prompt file or a fine-tuning dataset, or a run's results.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "code: curl, python-openai, python-anthropic, typescript, javascript, java-okhttp; "
                    + "prompt files: prompty, dotprompt, promptfoo, chat-json, markdown; "
                    + "datasets: openai-chat, bedrock-claude; results: results (format from -o's extension).")
    String format;

    @Option(names = {"-p", "--prompt"}, description = "The prompt variant (default: the project's first).")
    String prompt;

    @Option(names = {"-m", "--model"}, description = "The model id (default: the project's first).")
    String model;

    @Option(names = "--vars", paramLabel = "TEST", description = "The test case whose variables fill a code export or sample.")
    String vars;

    @Option(names = "--run", paramLabel = "RUN", description = "results: the run to export (default: the latest); "
            + "datasets: also train on this run's passing outputs of the prompt and model.")
    Long run;

    @Option(names = "--training-price", paramLabel = "USD", description = "Datasets: price per 1M training tokens "
            + "(default: the bundled, unverified price of the model's ft: entry, else unknown).")
    BigDecimal trainingPrice;

    @Option(names = {"-o", "--output"}, description = "Write here (a folder for multi-file formats); default: print.")
    Path output;

    /** Where provider entries come from; tests replace it. */
    Path configFolder = ConfigFolder.path();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PromptRenderer renderer = dev.promptsmith.eval.EmbeddingRanker.renderer(
            new dev.promptsmith.eval.assertion.MiniLmEmbedder());

    /** The preference (DPO) dataset, built from the outputs people reviewed up and down. */
    static final String PREFERENCES = "openai-dpo";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("Not a folder: " + project);
            return Cli.USAGE;
        }
        var loaded = new ProjectLoader().load(project);
        loaded.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).forEach(p -> err.println("error: " + p));
        Project p = loaded.project();
        if (format.equals("results")) {
            return results(p, out, err);
        }
        Optional<PromptVariant> chosenPrompt = prompt == null ? p.prompts().stream().findFirst() : p.prompt(prompt);
        Optional<ModelRef> chosenModel = model == null ? p.settings().models().stream().findFirst()
                : p.settings().models().stream().filter(m -> m.id().equals(model)).findFirst();
        if (chosenPrompt.isEmpty() || chosenModel.isEmpty()) {
            err.println(chosenPrompt.isEmpty() ? "No prompt '" + prompt + "' in the project" : "No model '" + model + "' in the project");
            return Cli.USAGE;
        }
        CodeExporters code = CodeExporters.standard(renderer);
        PromptFileFormats files = PromptFileFormats.standard(renderer);
        DatasetFormats datasets = DatasetFormats.standard();
        if (code.find(format).isPresent()) {
            return code(p, chosenPrompt.get(), chosenModel.get(), code.find(format).get(), out, err);
        }
        if (files.find(format).filter(PromptFileFormat::canExport).isPresent()) {
            return promptFile(p, chosenPrompt.get(), chosenModel.get(), files, out, err);
        }
        if (format.equals(PREFERENCES)) {
            return preferences(p, chosenPrompt.get(), out, err);
        }
        if (datasets.find(format).isPresent()) {
            return dataset(p, chosenPrompt.get(), chosenModel.get(), datasets.find(format).get(), out, err);
        }
        err.println("Unknown format '" + format + "'. Formats: "
                + code.all().stream().map(CodeExporter::id).collect(Collectors.joining(", ")) + ", "
                + files.all().stream().filter(PromptFileFormat::canExport).map(PromptFileFormat::id).collect(Collectors.joining(", "))
                + ", " + datasets.all().stream().map(DatasetFormat::id).collect(Collectors.joining(", ")) + ", " + PREFERENCES
                + ", results");
        return Cli.USAGE;
    }

    private int code(Project p, PromptVariant chosen, ModelRef chosenModel, CodeExporter exporter, PrintWriter out,
                     PrintWriter err) throws IOException {
        Optional<ProviderEntry> entry = providerEntries().stream().filter(e -> e.id().equals(chosenModel.provider())).findFirst();
        if (entry.isEmpty()) {
            err.println("No provider '" + chosenModel.provider() + "' is configured (model " + chosenModel.id() + ")");
            return Cli.USAGE;
        }
        Map<String, Object> values = vars == null ? Map.of() : p.test(vars).map(TestCase::vars).orElse(null);
        if (values == null) {
            err.println("No test case '" + vars + "' in the project");
            return Cli.USAGE;
        }
        CodeExportResult result = exporter.export(new CodeExportRequest(p, chosen, chosenModel, entry.get(), values));
        result.problems().forEach(problem -> err.println("problem: " + problem));
        if (!result.ok()) {
            return Cli.ERROR;
        }
        write(Map.of(result.code().fileName(), result.code().text()), out, err);
        return Cli.OK;
    }

    private int promptFile(Project p, PromptVariant chosen, ModelRef chosenModel, PromptFileFormats files, PrintWriter out,
                           PrintWriter err) throws IOException {
        ExportResult result = files.export(format, p, chosen.name(), model == null ? null : chosenModel.id(),
                new ExportOptions(vars, ExportOptions.DEFAULTS.testSplit()));
        result.problems().forEach(problem -> err.println(problem.severity().name().toLowerCase() + ": " + problem));
        if (result.hasErrors()) {
            return Cli.ERROR;
        }
        write(result.files(), out, err);
        return Cli.OK;
    }

    private int dataset(Project p, PromptVariant chosen, ModelRef chosenModel, DatasetFormat target, PrintWriter out,
                        PrintWriter err) throws IOException {
        List<PassingOutput> passing = run == null ? List.of() : passingOutputs(chosen, chosenModel);
        TrainingSet set = new TrainingSetBuilder(renderer).build(p, chosen, passing);
        set.refused().forEach(refusal -> err.println("left out: " + refusal));
        DatasetFile file = target.write(set.examples());
        file.refused().forEach(refusal -> err.println("left out: " + refusal));
        BigDecimal price = trainingPrice != null ? trainingPrice : bundledTrainingPrice(chosenModel).orElse(null);
        ValidationReport report = new DatasetValidator(new TokenCounter(), chosenModel.model(),
                DatasetValidator.DEFAULT_TOKEN_LIMIT).validate(file.jsonl(), price);
        printReport(err, report, trainingPrice == null && price != null);
        write(Map.of(p.settings().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase() + "-" + target.id() + ".jsonl",
                file.jsonl()), out, err);
        return report.ok() ? Cli.OK : Cli.NOT_MET;
    }

    /** The bundled (unverified) training price of the ft: entry whose base is this model, e.g. gpt-4o-mini-2024-07-18. */
    private static Optional<BigDecimal> bundledTrainingPrice(ModelRef chosenModel) {
        for (String key : List.of("ft:gpt-4o-mini-2024-07-18", "ft:gpt-4o-2024-08-06", "ft:gpt-4.1-2025-04-14",
                "ft:gpt-4.1-mini-2025-04-14", "ft:gpt-4.1-nano-2025-04-14")) {
            String base = key.substring(3, key.length() - 11);
            if (chosenModel.model().equals(base) || chosenModel.model().equals(key.substring(3))) {
                return TrainingPrices.bundled().find("openai/" + key).map(TrainingPrice::perMillion);
            }
        }
        return Optional.empty();
    }

    /** The cookbook's checks in words: counts, errors by kind, warnings, token distribution and the training cost. */
    private static void printReport(PrintWriter err, ValidationReport report, boolean unverifiedPrice) {
        err.printf(java.util.Locale.ROOT, "Validation: %d examples, %d errors%s%n", report.examples(), report.errors().size(),
                report.ok() ? " — ready to upload" : " — not ready to upload");
        report.errorCounts().forEach((key, count) -> err.println("  error " + key + ": " + count));
        report.errors().stream().limit(10).forEach(issue -> err.println("    " + issue));
        report.warnings().forEach(warning -> err.println("  warning: " + warning));
        var tokens = report.tokensPerExample();
        err.printf(java.util.Locale.ROOT, "  tokens per example: min %s, mean %.0f, max %s; %d over the %,d-token limit%n",
                tokens.min(), tokens.mean(), tokens.max(), report.overLimit(), report.tokenLimit());
        err.println("  training: " + report.cost().trainedTokens() + " tokens (" + report.cost().epochs() + " epochs) — "
                + report.cost().display() + (unverifiedPrice ? " at the bundled, unverified training price" : ""));
    }

    private int preferences(Project p, PromptVariant chosen, PrintWriter out, PrintWriter err) throws IOException {
        List<dev.promptsmith.store.StoredReview> reviews;
        try (ResultsStore store = ResultsStore.open(project)) {
            reviews = store.reviews().stream().filter(r -> store.promptVersion(r.promptHash())
                    .map(v -> v.name().equals(chosen.name())).orElse(false)).toList();
        }
        var pairs = new dev.promptsmith.export.finetune.ReviewedPairs(renderer).pairs(p, chosen, reviews);
        var set = new dev.promptsmith.export.finetune.PreferenceSetBuilder(renderer).build(p, chosen, pairs);
        set.refused().forEach(refusal -> err.println("left out: " + refusal));
        DatasetFile file = new dev.promptsmith.export.finetune.OpenAiPreferenceFormat().write(set);
        file.refused().forEach(refusal -> err.println("left out: " + refusal));
        err.println(reviews.size() + " reviewed outputs of " + chosen.name() + " gave " + set.pairs().size()
                + " preference pairs (a test needs one output approved and one rejected)");
        if (set.pairs().isEmpty()) {
            return Cli.NOT_MET;
        }
        write(Map.of(chosen.name() + "-dpo.jsonl", file.jsonl()), out, err);
        return Cli.OK;
    }

    private List<PassingOutput> passingOutputs(PromptVariant chosen, ModelRef chosenModel) {
        String hash = PromptVersions.hash(chosen);
        try (ResultsStore store = ResultsStore.open(project); var cells = store.cells(run)) {
            return cells.filter(c -> c.ok() && c.pass() && c.key().promptHash().equals(hash)
                            && c.key().modelId().equals(chosenModel.id()) && c.key().repeat() == 0)
                    .map(c -> new PassingOutput(c.key().testId(), c.output())).toList();
        }
    }

    private int results(Project p, PrintWriter out, PrintWriter err) throws IOException {
        if (output == null) {
            err.println("results need -o FILE; its extension picks the format (.json, .jsonl, .csv, .html, .xml)");
            return Cli.USAGE;
        }
        try (ResultsStore store = ResultsStore.open(project)) {
            Optional<Long> runId = run != null ? Optional.of(run) : store.runs().stream().map(RunSummary::id).findFirst();
            if (runId.isEmpty() || store.runSpec(runId.get()).isEmpty()) {
                err.println(run == null ? "No runs yet in " + project : "There is no run " + run + " in " + project);
                return Cli.USAGE;
            }
            ComparisonGrid grid = GridBuilder.ofRun(store, runId.get(), p.tests());
            GridExportResult result = GridExport.write(p.settings().name(), runId.get(), grid, output);
            if (!result.ok()) {
                err.println(result.problem());
                return Cli.USAGE;
            }
            out.println("Run " + runId.get() + ": " + result.rows() + " rows, " + result.calls() + " calls written to " + output);
            return Cli.OK;
        }
    }

    /** Prints one file, or writes the files to {@code -o} (a file for one, a folder for several). */
    private void write(Map<String, String> files, PrintWriter out, PrintWriter err) throws IOException {
        if (output == null) {
            if (files.size() == 1) {
                out.print(files.values().iterator().next());
                out.flush();
                return;
            }
            files.forEach((name, text) -> {
                out.println("==> " + name + " <==");
                out.println(text);
            });
            return;
        }
        boolean folder = files.size() > 1 || Files.isDirectory(output);
        Map<Path, String> targets = new LinkedHashMap<>();
        files.forEach((name, text) -> targets.put(folder ? output.resolve(name) : output, text));
        for (var target : targets.entrySet()) {
            Path parent = target.getKey().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target.getKey(), target.getValue(), StandardCharsets.UTF_8);
            err.println("Wrote " + target.getKey());
        }
    }

    private List<ProviderEntry> providerEntries() throws IOException {
        List<ProviderEntry> entries = new ArrayList<>(new ProviderEntriesStore(configFolder, BuiltInProviders.entries()).load());
        return entries;
    }
}
