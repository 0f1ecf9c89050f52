package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.AnswerExtraction;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code output.extract} in prompt files: read, checked, written back. */
class OutputExtractTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("promptsmith.yaml"), "formatVersion: 1\nname: X\nmodels:\n  - id: echo\n    provider: echo\n    model: echo\n");
        Files.createDirectories(dir.resolve("prompts"));
    }

    @Test
    void extractionIsRead() throws Exception {
        Files.writeString(dir.resolve("prompts/cot.prompt.yaml"), """
                messages:
                  - role: user
                    content: Think, then answer in <label> tags.
                # only the label counts
                output:
                  extract:
                    type: xml
                    value: label
                """);
        LoadedProject loaded = new ProjectLoader().load(dir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().prompt("cot").orElseThrow().output().extract())
                .isEqualTo(new AnswerExtraction("xml", "label"));
    }

    @Test
    void aMissingValueOrAnUnknownTypeIsNamed() throws Exception {
        Files.writeString(dir.resolve("prompts/a.prompt.yaml"), "output:\n  extract:\n    type: regex\n");
        Files.writeString(dir.resolve("prompts/b.prompt.yaml"), "output:\n  extract:\n    type: last-word\n");

        LoadedProject loaded = new ProjectLoader().load(dir);

        assertThat(loaded.problems()).extracting(Problem::toString).anySatisfy(p ->
                assertThat(p).startsWith("prompts/a.prompt.yaml:3:11").contains("regex needs a value"));
        assertThat(loaded.problems()).extracting(Problem::toString).anySatisfy(p ->
                assertThat(p).startsWith("prompts/b.prompt.yaml:3:11").contains("last-word").contains("last-line"));
    }

    @Test
    void anAddedExtractionIsWrittenAndAnUneditedOneKeptByteForByte() throws Exception {
        String text = "messages:\n  - role: user\n    content: Hi\noutput:\n  extract: {type: last-line}   # flow style kept\n";
        Files.writeString(dir.resolve("prompts/p.prompt.yaml"), text);
        Files.writeString(dir.resolve("prompts/q.prompt.yaml"), "messages:\n  - role: user\n    content: Hi\n");
        LoadedProject loaded = new ProjectLoader().load(dir);
        Project project = loaded.project();
        var q = project.prompt("q").orElseThrow();
        Project edited = project.withPrompt(new dev.promptsmith.model.PromptVariant(q.name(), q.description(), q.template(),
                q.system(), q.messages(), q.fewShot(), new OutputSpec(null, null, new AnswerExtraction("regex", "Answer: (?<answer>\\\\w+)")),
                q.params()));

        new ProjectSaver().save(dir, edited, loaded.snapshot());

        assertThat(Files.readString(dir.resolve("prompts/p.prompt.yaml"))).isEqualTo(text);
        assertThat(new ProjectLoader().load(dir).project().prompt("q").orElseThrow().output().extract())
                .isEqualTo(new AnswerExtraction("regex", "Answer: (?<answer>\\\\w+)"));
    }

    @Test
    void similarFewShotSelectionIsReadAndWrittenBack() throws Exception {
        Files.writeString(dir.resolve("prompts/fs.prompt.yaml"), "messages:\n  - role: user\n    content: Hi\n"
                + "fewShot:\n  mode: turns\n  limit: 3\n");
        LoadedProject loaded = new ProjectLoader().load(dir);
        var prompt = loaded.project().prompt("fs").orElseThrow();
        assertThat(prompt.fewShot().bySimilarity()).isFalse();

        var similar = prompt.withFewShot(new dev.promptsmith.model.FewShot(prompt.fewShot().mode(), 3, java.util.List.of(),
                dev.promptsmith.model.FewShotSelect.SIMILAR));
        new ProjectSaver().save(dir, loaded.project().withPrompt(similar), loaded.snapshot());

        assertThat(Files.readString(dir.resolve("prompts/fs.prompt.yaml"))).endsWith("limit: 3\n  select: similar\n");
        assertThat(new ProjectLoader().load(dir).project().prompt("fs").orElseThrow().fewShot().bySimilarity()).isTrue();
        Files.writeString(dir.resolve("prompts/fs.prompt.yaml"), "fewShot:\n  limit: 3\n  select: nearest\n");
        assertThat(new ProjectLoader().load(dir).problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("fewShot.select").contains("similar"));
    }
}
