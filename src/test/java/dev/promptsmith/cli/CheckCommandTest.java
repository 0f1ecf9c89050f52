package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aCleanSampleHasNoLeakageAndItsCoverageIsPrinted() {
        Path project = SampleCopy.of("support-triage", dir);

        assertThat(run("check", project.toString(), "--no-embeddings")).isEqualTo(Cli.OK);

        assertThat(out.toString()).contains("No example repeats a test case.")
                .contains("test cases: 24 (dev 20, heldout 4)")
                .contains("per label: account 5, billing 3")
                .contains("gap: label 'refund' has no held-out case");
    }

    @Test
    void anExampleCopiedFromATestIsLeakageAndFailsTheCheck() throws Exception {
        Path project = SampleCopy.of("support-triage", dir);
        Files.writeString(project.resolve("examples.jsonl"), "{\"id\":\"ex-99\",\"vars\":{\"ticket\":\"I got a new phone and"
                + " didn't move my authenticator app over, so now I'm stuck on the two-factor screen every time I try to"
                + " log in. How do I get back into my account?\"},\"output\":\"account\"}\n", StandardOpenOption.APPEND);

        assertThat(run("check", project.toString(), "--no-embeddings")).isEqualTo(Cli.NOT_MET);

        assertThat(out.toString()).contains("leak: example ex-99 and test t-003 (dev) are the same input (similarity 1.000)")
                .contains("1 leaking pairs");
    }

    @Test
    void theOfflineEmbeddingModelFindsAParaphrasedTestCase() throws Exception {
        Path project = SampleCopy.of("support-triage", dir);
        Files.writeString(project.resolve("examples.jsonl"), "{\"id\":\"ex-98\",\"vars\":{\"ticket\":\"I got a new phone"
                + " and did not move my authenticator app over, so I am stuck on the two-factor screen each time I try to"
                + " log in. How can I get back into my account?\"},\"output\":\"account\"}\n", StandardOpenOption.APPEND);

        assertThat(run("check", project.toString(), "--threshold", "0.9")).isEqualTo(Cli.NOT_MET);

        assertThat(out.toString()).containsPattern("leak: example ex-98 and test t-003 \\(dev\\) are near-duplicates"
                + " \\(similarity 0\\.9\\d\\d\\)");
    }

    @Test
    void freeTextSamplesSayTheyHaveNoLabels() {
        assertThat(run("check", "sample-projects/context-qa", "--no-embeddings")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("expected outputs are free text, not labels");
    }
}
