package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aCleanSampleProjectPasses() {
        int code = run("validate", "sample-projects/invoice-extraction");
        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Invoice extraction: 2 prompts, 20 test cases, 7 examples; 0 errors, 0 warnings");
    }

    @Test
    void problemsAreListedWithFileLineAndColumnAndFailTheCommand() throws Exception {
        Files.writeString(dir.resolve("promptsmith.yaml"), "formatVersion: 1\nname: Broken\nmodels:\n  - id: echo\n    provider: echo\n    model: echo\n");
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/p.prompt.yaml"), "messages:\n  - role: user\n    content: \"Hi {{ name }}\"\n");
        Files.writeString(dir.resolve("tests.jsonl"), "{\"id\":\"t1\",\"vars\":{\"other\":1}}\n{\"id\":\"t2\",\"vars\":\n");

        int code = run("validate", dir.toString());

        assertThat(code).isEqualTo(Cli.NOT_MET);
        assertThat(out.toString())
                .contains("error: tests.jsonl:2:")
                .contains("error: prompts/p.prompt.yaml:1:7: messages[0]: undefined variable 'name' (test t1)")
                .contains("Broken: 1 prompts, 1 test cases, 0 examples; 2 errors");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("validate", dir.resolve("nope").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Not a folder");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("validate", "--frobnicate", "x")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
