package dev.promptsmith.bench;

import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times opening a project with 10,000 test cases: a fresh JVM per figure would be the cold case,
 * so the first iteration is reported apart from the median of the warm ones. Not a unit test; run
 * it as a program (see docs/BENCHMARKS.md).
 */
public final class ProjectLoadBenchmark {

    private ProjectLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("ps-bench");
        Path sample = Path.of("sample-projects", "support-triage");
        Files.createDirectories(dir.resolve("prompts"));
        Files.copy(sample.resolve("promptsmith.yaml"), dir.resolve("promptsmith.yaml"));
        Files.copy(sample.resolve("examples.jsonl"), dir.resolve("examples.jsonl"));
        try (var prompts = Files.list(sample.resolve("prompts"))) {
            for (Path p : prompts.toList()) {
                Files.copy(p, dir.resolve("prompts").resolve(p.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            lines.add("{\"id\":\"t-" + i + "\",\"vars\":{\"ticket\":\"Ticket number " + i
                    + ": my card was charged twice for the Plus plan this month, please check what happened.\"},"
                    + "\"expected\":\"billing\",\"assert\":[{\"type\":\"equals\",\"value\":\"billing\"}],"
                    + "\"tags\":[\"billing\"],\"split\":\"dev\"}");
        }
        Files.write(dir.resolve("tests.jsonl"), lines);
        ProjectLoader loader = new ProjectLoader();
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            LoadedProject loaded = loader.load(dir);
            times[i] = (System.nanoTime() - start) / 1e6;
            if (loaded.project().tests().size() != cases) {
                throw new IllegalStateException("loaded " + loaded.project().tests().size() + " cases");
            }
        }
        double first = times[0];
        double[] warm = Arrays.copyOfRange(times, 5, times.length);
        Arrays.sort(warm);
        System.out.printf("cases=%d first-load-ms=%.0f warm-median-ms=%.0f%n", cases, first, warm[warm.length / 2]);
    }
}
