package dev.promptsmith.cli;

import dev.promptsmith.dataset.Coverage;
import dev.promptsmith.dataset.CoverageGap;
import dev.promptsmith.dataset.CoverageReport;
import dev.promptsmith.dataset.LeakageCheck;
import dev.promptsmith.dataset.LeakagePair;
import dev.promptsmith.dataset.Progress;
import dev.promptsmith.eval.assertion.MiniLmEmbedder;
import dev.promptsmith.model.Project;
import dev.promptsmith.project.ProjectLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check <project>}: few-shot examples that leak into the test cases, and how the tests cover the labels. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Find examples that equal or nearly equal a test case (exit 1 if any), and coverage gaps.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--threshold", defaultValue = "0.95", description = "Similarity from which inputs count as near-duplicates (default 0.95).")
    double threshold;

    @Option(names = "--no-embeddings", description = "Only exact duplicates (no embedding model).")
    boolean noEmbeddings;

    @Option(names = "--edge-tag", description = "A tag that marks edge cases (default: edge and edge-case).")
    Set<String> edgeTags = new LinkedHashSet<>();

    @Option(names = "--min-cases", defaultValue = "3", description = "Fewest cases a label should have (default 3).")
    int minCases;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(project)) {
            spec.commandLine().getErr().println("Not a folder: " + project);
            return Cli.USAGE;
        }
        Project p = new ProjectLoader().load(project).project();
        LeakageCheck leakage = new LeakageCheck(noEmbeddings ? null : new MiniLmEmbedder(), threshold);
        List<LeakagePair> pairs = leakage.check(p.examples(), p.tests(), Progress.NONE);
        for (LeakagePair pair : pairs) {
            out.printf(Locale.ROOT, "leak: example %s and test %s (%s) are %s (similarity %.3f)%n", pair.exampleId(),
                    pair.testId(), pair.testSplit().key(), pair.kind() == LeakagePair.Kind.EXACT ? "the same input"
                            : "near-duplicates", pair.similarity());
        }
        out.println(pairs.isEmpty() ? "No example repeats a test case." : pairs.size() + " leaking pairs: remove or"
                + " change these examples, or the scores on those test cases overstate the prompt.");
        CoverageReport coverage = new Coverage(edgeTags.isEmpty() ? Coverage.DEFAULT_EDGE_TAGS : edgeTags, minCases).of(p.tests());
        out.println("test cases: " + coverage.cases() + " (" + counts(coverage.perSplit().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue, (a, b) -> a,
                        java.util.TreeMap::new))) + ")");
        if (coverage.labelled()) {
            out.println("per label: " + counts(coverage.perLabel()));
        } else {
            out.println("expected outputs are free text, not labels: no per-label coverage");
        }
        if (!coverage.perTag().isEmpty()) {
            out.println("per tag: " + counts(coverage.perTag()));
        }
        for (CoverageGap gap : coverage.gaps()) {
            out.println("gap: " + gap.message());
        }
        return pairs.isEmpty() ? Cli.OK : Cli.NOT_MET;
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
