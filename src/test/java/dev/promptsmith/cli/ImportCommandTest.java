package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.ProjectLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path project;
    private byte[] testsBefore;

    @BeforeEach
    void copySample() throws Exception {
        project = SampleCopy.of("support-triage", dir);
        testsBefore = Files.readAllBytes(project.resolve("tests.jsonl"));
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Project reload() {
        return new ProjectLoader().load(project).project();
    }

    @Test
    void csvRowsAreAppendedToTheTestsWithNewIdsAndTheOldLinesKeptAsTheyWere() throws Exception {
        Path csv = Files.writeString(dir.resolve("new.csv"), "ticket,label,tags\n\"Refund, please\",refund,edge\n"
                + "Where is it?,shipping,\n");

        int code = run("import", project.toString(), csv.toString(), "--map", "label=expected");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("columns: ticket → var ticket, label → expected, tags → tags")
                .contains("new.csv: 2 imported, 0 refused").contains("2 added, 0 replaced in tests.jsonl.");
        List<TestCase> tests = reload().tests();
        assertThat(tests).hasSize(26);
        assertThat(tests.get(24).id()).isEqualTo("t-025");
        assertThat(tests.get(24).expected()).isEqualTo("refund");
        assertThat(tests.get(24).tags()).containsExactly("edge");
        assertThat(Files.readString(project.resolve("tests.jsonl"))).startsWith(new String(testsBefore, "UTF-8"));
    }

    @Test
    void refusedRowsStopTheWriteAndNameTheirLines() throws Exception {
        Path csv = Files.writeString(dir.resolve("new.csv"), "ticket,__expected\na,billing\nb,python: x\nc,contains: y\n");

        int code = run("import", project.toString(), csv.toString());

        assertThat(code).isEqualTo(Cli.NOT_MET);
        assertThat(out.toString()).contains("error: new.csv:3:2: column '__expected': 'python: x' is a python assertion")
                .contains("new.csv: 2 imported, 1 refused (line 3)")
                .contains("Nothing written: fix the refused rows, or use --accept-partial to import the other 2.");
        assertThat(Files.readAllBytes(project.resolve("tests.jsonl"))).isEqualTo(testsBefore);
    }

    @Test
    void acceptPartialImportsTheGoodRows() throws Exception {
        Path csv = Files.writeString(dir.resolve("new.csv"), "ticket,__expected\na,billing\nb,python: x\n");

        assertThat(run("import", project.toString(), csv.toString(), "--accept-partial")).isEqualTo(Cli.OK);
        assertThat(reload().tests()).hasSize(25);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("ex.jsonl"), "{\"vars\":{\"ticket\":\"hi\"},\"output\":\"other\"}\n");
        byte[] examplesBefore = Files.readAllBytes(project.resolve("examples.jsonl"));

        int code = run("import", project.toString(), jsonl.toString(), "--into", "examples", "--dry-run");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Dry run, nothing written: 1 added, 0 replaced in examples.jsonl");
        assertThat(Files.readAllBytes(project.resolve("examples.jsonl"))).isEqualTo(examplesBefore);
    }

    @Test
    void anExistingIdIsRefusedUnlessReplaceIsGiven() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("fix.jsonl"), "{\"id\":\"t-001\",\"vars\":{\"ticket\":\"new text\"},"
                + "\"expected\":\"billing\"}\n");

        assertThat(run("import", project.toString(), jsonl.toString())).isEqualTo(Cli.NOT_MET);
        assertThat(out.toString()).contains("the project already has test case 't-001'");

        assertThat(run("import", project.toString(), jsonl.toString(), "--replace")).isEqualTo(Cli.OK);
        Project after = reload();
        assertThat(after.tests()).hasSize(24);
        assertThat(after.tests().get(0).vars().get("ticket")).isEqualTo("new text");
    }

    @Test
    void promptfooYamlIsImportedIntoTheTests() throws Exception {
        Path yaml = Files.writeString(dir.resolve("promptfoo.yaml"), "- description: d\n  vars: {ticket: hi}\n"
                + "  assert:\n    - type: icontains\n      value: billing\n");

        assertThat(run("import", project.toString(), yaml.toString())).isEqualTo(Cli.OK);
        TestCase added = reload().tests().get(24);
        assertThat(added.note()).isEqualTo("d");
        assertThat(added.asserts()).hasSize(1);
    }

    @Test
    void badUsageIsExitCodeTwo() throws Exception {
        Path yaml = Files.writeString(dir.resolve("t.yaml"), "- vars: {ticket: hi}\n");
        Path csv = Files.writeString(dir.resolve("t.csv"), "ticket\nhi\n");

        assertThat(run("import", project.toString(), yaml.toString(), "--map", "a=expected")).isEqualTo(Cli.USAGE);
        assertThat(run("import", project.toString(), csv.toString(), "--map", "nope=expected")).isEqualTo(Cli.USAGE);
        assertThat(run("import", project.toString(), csv.toString(), "--map", "ticket=expectd")).isEqualTo(Cli.USAGE);
        assertThat(run("import", project.toString(), csv.toString(), "--into", "prompts")).isEqualTo(Cli.USAGE);
        assertThat(run("import", project.toString(), dir.resolve("missing.csv").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("no column 'nope'").contains("the field must be one of var:NAME")
                .contains("--into must be tests or examples").contains("No such file");
        assertThat(Files.readAllBytes(project.resolve("tests.jsonl"))).isEqualTo(testsBefore);
    }
}
