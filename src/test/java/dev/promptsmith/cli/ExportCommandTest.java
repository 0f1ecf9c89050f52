package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} on a copy of the support-triage sample: code, prompt files, datasets and a run's results. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path project;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copySample() throws IOException {
        project = dir.resolve("triage");
        Path sample = Path.of("sample-projects/support-triage");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path source : files.filter(p -> !p.toString().contains(".promptsmith")).toList()) {
                Path target = project.resolve(sample.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void curlCodeIsPrintedWithTheTestsVariablesAndNoKey() {
        int code = run("export", project.toString(), "-f", "curl", "-p", "triage-zero-shot", "-m", "gpt-4o-mini",
                "--vars", "t-001");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).startsWith("#!/usr/bin/env bash").contains("$OPENAI_API_KEY")
                .contains("card ending 4421").contains("\"model\" : \"gpt-4o-mini\"");
    }

    @Test
    void aPromptfooConfigIsWrittenAsAFolderOfFiles() throws IOException {
        Path target = dir.resolve("pf");

        int code = run("export", project.toString(), "-f", "promptfoo", "-p", "triage-zero-shot", "-o", target.toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(Files.readString(target.resolve("promptfooconfig.yaml"))).contains("openai:chat:gpt-4o-mini")
                .contains("file://prompts/triage-zero-shot.json");
        assertThat(target.resolve("prompts/triage-zero-shot.json")).exists();
    }

    @Test
    void aFineTuningDatasetComesWithItsValidationAndTrainingCost() throws IOException {
        Path file = dir.resolve("train.jsonl");

        int code = run("export", project.toString(), "-f", "openai-chat", "-p", "triage-zero-shot", "-m", "gpt-4o-mini",
                "-o", file.toString());

        // The sample has 9 curated examples: one short of OpenAI's minimum of 10, so not ready to upload.
        assertThat(code).isEqualTo(Cli.NOT_MET);
        assertThat(Files.readAllLines(file)).hasSize(9).allSatisfy(line -> assertThat(line).startsWith("{\"messages\":["));
        assertThat(err.toString()).contains("Validation: 9 examples, 0 errors — not ready to upload")
                .contains("9 examples: OpenAI needs at least 10")
                .containsPattern("training: \\d+ tokens \\(\\d+ epochs\\) — \\$[0-9.]+ at the bundled, unverified training price");
    }

    @Test
    void aRunsResultsAreExportedWithoutRunningAgain() throws IOException {
        assertThat(run("eval", project.toString(), "-m", "echo", "-p", "triage-zero-shot")).isEqualTo(Cli.NOT_MET);
        Path csv = dir.resolve("results.csv");

        int code = run("export", project.toString(), "-f", "results", "-o", csv.toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Run 1: 20 rows, 20 calls written to " + csv);
        // Outputs span lines (echo repeats the request), so count CSV records, not lines.
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv))) {
            assertThat(parser.getRecords()).hasSize(21);
        }
    }

    @Test
    void aPreferenceDatasetPairsTheOutputsPeopleApprovedAndRejected() throws IOException {
        assertThat(run("eval", project.toString(), "-m", "echo", "-p", "triage-zero-shot", "--id", "t-001")).isEqualTo(Cli.NOT_MET);
        var prompt = new dev.promptsmith.project.ProjectLoader().load(project).project().prompt("triage-zero-shot").orElseThrow();
        String hash = dev.promptsmith.store.PromptVersions.hash(prompt);
        try (var store = dev.promptsmith.store.ResultsStore.open(project)) {
            var cell = new dev.promptsmith.store.StoredCellKey("t-001", hash, "echo", 0);
            store.saveReview(dev.promptsmith.store.ReviewKey.of(cell, "billing"), "billing",
                    new dev.promptsmith.model.HumanReview(true, null, ""));
            store.saveReview(dev.promptsmith.store.ReviewKey.of(cell, "refund"), "refund",
                    new dev.promptsmith.model.HumanReview(false, null, "they only asked about the charge"));
        }
        Path file = dir.resolve("dpo.jsonl");

        int code = run("export", project.toString(), "-f", "openai-dpo", "-p", "triage-zero-shot", "-o", file.toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(err.toString()).contains("2 reviewed outputs of triage-zero-shot gave 1 preference pairs");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"billing\"}]")
                .contains("\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"refund\"}]")
                .contains("card ending 4421");
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        assertThat(run("export", project.toString(), "-f", "pdf")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unknown format 'pdf'").contains("curl").contains("prompty")
                .contains("openai-chat").contains("results");
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
