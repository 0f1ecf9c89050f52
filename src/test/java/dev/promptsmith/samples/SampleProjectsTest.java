package dev.promptsmith.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.project.SaveResult;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped sample projects are what new users see first: they must load, render and round-trip cleanly. */
class SampleProjectsTest {

    static Stream<Path> samples() {
        return Stream.of("support-triage", "invoice-extraction", "context-qa")
                .map(name -> Path.of("sample-projects", name));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutProblems(Path dir) {
        LoadedProject loaded = new ProjectLoader().load(dir);
        assertThat(loaded.problems()).extracting(Problem::toString).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hasEnoughTestCasesWithExpectedOutputsAndExamples(Path dir) {
        Project project = new ProjectLoader().load(dir).project();
        assertThat(project.tests()).hasSizeGreaterThanOrEqualTo(15).allMatch(t -> t.expected() != null);
        assertThat(project.tests()).anyMatch(t -> t.split() == Split.HELDOUT);
        assertThat(project.examples()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(project.prompts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(project.settings().models().get(0).provider()).isEqualTo("echo");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPromptRendersForEveryTestCase(Path dir) {
        Project project = new ProjectLoader().load(dir).project();
        PromptRenderer renderer = new PromptRenderer();
        for (PromptVariant prompt : project.prompts()) {
            for (TestCase test : project.tests()) {
                RenderResult result = renderer.render(prompt, test.vars(), project.examples());
                assertThat(result.problems()).as(prompt.name() + " × " + test.id()).isEmpty();
                assertThat(result.messages()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void savingAnUneditedSampleWritesNothing(Path dir) {
        LoadedProject loaded = new ProjectLoader().load(dir);
        SaveResult result = new ProjectSaver().save(dir, loaded.project(), loaded.snapshot());
        assertThat(result.written()).isEmpty();
        assertThat(result.deleted()).isEmpty();
    }
}
