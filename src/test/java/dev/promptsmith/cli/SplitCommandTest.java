package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.ProjectLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static List<String> heldOut(Path project) {
        return new ProjectLoader().load(project).project().tests().stream()
                .filter(t -> t.split() == Split.HELDOUT).map(TestCase::id).toList();
    }

    @Test
    void theSplitIsWrittenWithASummaryPerLabelAndTheSameSeedGivesTheSameSplit() {
        Path a = SampleCopy.of("support-triage", dir.resolve("a"));
        Path b = SampleCopy.of("support-triage", dir.resolve("b"));

        assertThat(run("split", a.toString(), "--heldout", "0.25", "--seed", "7")).isEqualTo(Cli.OK);
        assertThat(run("split", b.toString(), "--heldout", "0.25", "--seed", "7")).isEqualTo(Cli.OK);

        assertThat(out.toString()).contains("stratum").contains("billing").contains("test cases held out");
        assertThat(heldOut(a)).isNotEmpty().isEqualTo(heldOut(b));
        assertThat(heldOut(a)).hasSize(6);
    }

    @Test
    void casesThatLeaveTheHeldOutSetAreWarnedAbout() {
        Path project = SampleCopy.of("support-triage", dir);

        run("split", project.toString(), "--heldout", "0.2", "--seed", "1", "--by", "tag:edge-case");

        assertThat(out.toString()).contains("edge-case").contains("(without edge-case)")
                .containsPattern("warning: \\d+ held-out cases move to dev");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path project = SampleCopy.of("support-triage", dir);
        byte[] before = Files.readAllBytes(project.resolve("tests.jsonl"));

        assertThat(run("split", project.toString(), "--heldout", "0.5", "--dry-run")).isEqualTo(Cli.OK);

        assertThat(out.toString()).contains("Dry run, nothing written.");
        assertThat(Files.readAllBytes(project.resolve("tests.jsonl"))).isEqualTo(before);
    }

    @Test
    void aBadFractionOrStratificationIsAUsageError() {
        Path project = SampleCopy.of("support-triage", dir);

        assertThat(run("split", project.toString(), "--heldout", "1.5")).isEqualTo(Cli.USAGE);
        assertThat(run("split", project.toString(), "--heldout", "0.2", "--by", "colour")).isEqualTo(Cli.USAGE);
        assertThat(run("split", project.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--heldout must be more than 0").contains("--by must be label or tag:NAME")
                .contains("Missing required option: '--heldout=FRACTION'");
    }
}
