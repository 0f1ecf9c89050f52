package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewProjectWriterTest {

    @TempDir
    Path dir;

    private final NewProjectWriter writer = new NewProjectWriter();

    @Test
    void createsAProjectThatLoadsWithoutProblems() {
        Path project = dir.resolve("triage");

        LoadedProject created = writer.create(project, "Support triage");

        assertThat(created.problems()).isEmpty();
        assertThat(created.project().settings().name()).isEqualTo("Support triage");
        assertThat(created.project().settings().models()).containsExactly(ModelRef.echo());
        assertThat(created.project().prompts()).extracting(PromptVariant::name).containsExactly("starter");
        assertThat(ProjectFixtures.allFiles(project)).containsOnlyKeys("promptsmith.yaml", "prompts/starter.prompt.yaml",
                "examples.jsonl", "tests.jsonl");
        assertThat(ProjectFixtures.read(project, "examples.jsonl")).isEmpty();
        assertThat(ProjectFixtures.read(project, "tests.jsonl")).isEmpty();
        assertThat(ProjectFixtures.read(project, "promptsmith.yaml")).isEqualTo("""
                formatVersion: 1
                name: Support triage
                models:
                  - id: echo
                    provider: echo
                    model: echo
                """);
        assertThat(ProjectFixtures.read(project, "prompts/starter.prompt.yaml")).isEqualTo("""
                description: A first prompt to start from
                system: |
                  You are a helpful assistant. Answer briefly.
                messages:
                  - role: user
                    content: |
                      {{ input }}
                """);
    }

    @Test
    void aNameThatNeedsQuotingReadsBackExactly() {
        String name = "Tickets: #1 - 'triage' \"v2\"";

        writer.create(dir, name);

        assertThat(new ProjectLoader().load(dir).project().settings().name()).isEqualTo(name);
    }

    @Test
    void anExistingProjectIsNotOverwritten() {
        writer.create(dir, "First");

        assertThatThrownBy(() -> writer.create(dir, "Second")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("promptsmith.yaml");
        assertThat(new ProjectLoader().load(dir).project().settings().name()).isEqualTo("First");
    }
}
