package dev.promptsmith.cli;

import dev.promptsmith.dataset.HeldOutSplitter;
import dev.promptsmith.dataset.SplitResult;
import dev.promptsmith.dataset.Stratification;
import dev.promptsmith.dataset.StratumSummary;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code split <project> --heldout 0.2 --seed 42 [--by label|tag:NAME]}: chooses the held-out test cases. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Hold out a share of the test cases, stratified by label or by a tag; the same seed gives the same split.")
final class SplitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--heldout", required = true, paramLabel = "FRACTION", description = "Share to hold out, e.g. 0.2.")
    double fraction;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the shuffle (default 42).")
    long seed;

    @Option(names = "--by", defaultValue = "label", description = "label (default) or tag:NAME.")
    String by;

    @Option(names = "--dry-run", description = "Show the split; write nothing.")
    boolean dryRun;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("Not a folder: " + project);
            return Cli.USAGE;
        }
        Optional<Stratification> strata = Stratification.parse(by);
        if (strata.isEmpty()) {
            err.println("--by must be label or tag:NAME, found '" + by + "'");
            return Cli.USAGE;
        }
        if (!(fraction > 0 && fraction < 1)) {
            err.println("--heldout must be more than 0 and less than 1, found " + fraction);
            return Cli.USAGE;
        }
        LoadedProject loaded = new ProjectLoader().load(project);
        if (loaded.snapshot().readOnlyFiles().contains("tests.jsonl")) {
            err.println("tests.jsonl could not be read, so it cannot be written; run validate and fix it first");
            return Cli.ERROR;
        }
        SplitResult result = new HeldOutSplitter().split(loaded.project().tests(), fraction, seed, strata.get());
        print(out, result);
        long backToDev = countMovedToDev(loaded.project().tests(), result);
        if (backToDev > 0) {
            out.println("warning: " + backToDev + " held-out cases move to dev; scores seen on them no longer count as held-out");
        }
        if (dryRun) {
            out.println("Dry run, nothing written.");
        } else if (result.changed() > 0) {
            new ProjectSaver().save(project, loaded.project().withTests(result.tests()), loaded.snapshot());
        }
        return Cli.OK;
    }

    private static void print(PrintWriter out, SplitResult result) {
        int width = Math.max(7, result.strata().stream().mapToInt(s -> s.stratum().length()).max().orElse(0));
        out.printf("%-" + width + "s %6s %6s %8s%n", "stratum", "cases", "dev", "heldout");
        for (StratumSummary s : result.strata()) {
            out.printf("%-" + width + "s %6d %6d %8d%n", s.stratum(), s.size(), s.dev(), s.heldOut());
        }
        out.printf("%d of %d test cases held out; %d changed split.%n", result.heldOut(), result.tests().size(),
                result.changed());
    }

    private static long countMovedToDev(java.util.List<TestCase> before, SplitResult result) {
        long moved = 0;
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).split() == Split.HELDOUT && result.tests().get(i).split() == Split.DEV) {
                moved++;
            }
        }
        return moved;
    }
}
