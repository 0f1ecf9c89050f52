package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-prompt}: a prompt exported to a prompt file comes back into a project, clashes refused. */
class ImportPromptCommandTest {

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
    void anExportedPromptComesBackAndTheProjectStillValidates() throws IOException {
        Path prompty = dir.resolve("zero.prompty");
        assertThat(run("export", project.toString(), "-f", "prompty", "-p", "triage-zero-shot", "-o", prompty.toString()))
                .isEqualTo(Cli.OK);
        String original = Files.readString(project.resolve("prompts/triage-zero-shot.prompt.yaml"));
        Files.delete(project.resolve("prompts/triage-zero-shot.prompt.yaml"));

        assertThat(run("import-prompt", project.toString(), prompty.toString())).isEqualTo(Cli.OK);

        assertThat(out.toString()).contains("Imported 1 prompt (triage-zero-shot), 0 tests, 0 examples, 0 new models");
        String imported = Files.readString(project.resolve("prompts/triage-zero-shot.prompt.yaml"));
        assertThat(imported).contains("You are the triage assistant for Hearthly's customer-support team.")
                .contains("{{ ticket }}");
        assertThat(original).contains("{{ ticket }}");
        assertThat(run("validate", project.toString())).isEqualTo(Cli.OK);
    }

    @Test
    void aPromptNameAlreadyTakenIsRefusedUnlessReplaced() throws IOException {
        Path prompty = dir.resolve("zero.prompty");
        run("export", project.toString(), "-f", "prompty", "-p", "triage-zero-shot", "-o", prompty.toString());
        Files.writeString(prompty, Files.readString(prompty).replace("triage assistant", "routing assistant"));

        assertThat(run("import-prompt", project.toString(), prompty.toString())).isEqualTo(Cli.NOT_MET);
        assertThat(err.toString()).contains("Already in the project (use --replace to overwrite): prompt triage-zero-shot");
        assertThat(Files.readString(project.resolve("prompts/triage-zero-shot.prompt.yaml"))).contains("triage assistant");

        assertThat(run("import-prompt", project.toString(), prompty.toString(), "--replace")).isEqualTo(Cli.OK);
        assertThat(Files.readString(project.resolve("prompts/triage-zero-shot.prompt.yaml"))).contains("routing assistant");
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndNothingIsWritten() throws IOException {
        Path broken = dir.resolve("broken.prompty");
        Files.writeString(broken, "---\nname: x\nmodel: [unclosed\n---\nuser:\nhi\n");

        assertThat(run("import-prompt", project.toString(), broken.toString())).isEqualTo(Cli.NOT_MET);
        assertThat(err.toString()).contains("broken.prompty").containsPattern("line|:\\d+").contains("Nothing imported");
        assertThat(project.resolve("prompts/x.prompt.yaml")).doesNotExist();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
