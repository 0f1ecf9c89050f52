package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.FewShotSelector;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export then import gives the prompt back: the same rendered request for the sample, the same template
 * text, parameters, output settings and examples, and (promptfoo) the same tests and assertions.
 */
class RoundTripTest {

    private static final PromptRenderer RENDERER = new PromptRenderer();

    @TempDir
    Path dir;

    static Stream<Arguments> prompts() {
        return Stream.of("support-triage", "invoice-extraction", "context-qa").flatMap(name -> {
            Project project = Samples.load(name);
            return project.prompts().stream().flatMap(p -> Stream.of("prompty", "dotprompt", "chat-json", "promptfoo")
                    .map(format -> Arguments.of(format, name, p.name())));
        });
    }

    @ParameterizedTest(name = "{0}: {1}/{2}")
    @MethodSource("prompts")
    void promptComesBackAsItWasExported(String format, String projectName, String promptName) {
        Project project = Samples.load(projectName);
        PromptVariant original = project.prompt(promptName).orElseThrow();
        ExportResult exported = Samples.FORMATS.export(format, project, promptName, null, ExportOptions.DEFAULTS);
        assertThat(exported.hasErrors()).as(exported.problems().toString()).isFalse();

        ImportResult imported = Samples.FORMATS.importFile(ExportFiles.write(exported, dir), format);

        assertThat(imported.problems()).as("import problems").filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
        PromptVariant back = imported.prompt();
        assertThat(back.name()).isEqualTo(promptName);
        ModelRef model = project.settings().models().get(1);
        ModelRef backModel = imported.models().get(0);
        assertThat(backModel.provider()).isEqualTo(model.provider());
        assertThat(backModel.model()).isEqualTo(model.model());
        assertThat(back.params().overriding(backModel.params())).isEqualTo(original.params().overriding(model.params()));
        assertThat(back.output().format()).isEqualTo(original.output().format());
        if (original.output().schema() != null) {
            assertThat(imported.schemas()).containsKey(original.output().schema());
            assertThat(back.output().schema()).isEqualTo(original.output().schema());
        }
        if (original.fewShot().mode() == FewShotMode.NONE) {
            assertThat(back.system()).isEqualTo(original.system());
            assertThat(back.messages()).isEqualTo(original.messages());
        } else {
            assertThat(back.messages().subList(back.messages().size() - original.messages().size(), back.messages().size()))
                    .isEqualTo(original.messages());
        }
        TestCase sample = project.tests().get(0);
        Map<String, Object> vars = format.equals("promptfoo") ? imported.tests().get(0).vars()
                : format.equals("chat-json") ? sample.vars() : imported.sampleVars();
        assertThat(vars).isEqualTo(sample.vars());
        // A chat request carries no examples; its importer's user supplies them, as the export's warning says.
        List<Example> examples = format.equals("chat-json")
                ? new FewShotSelector().select(original.fewShot(), project.examples()) : imported.examples();
        assertThat(render(back, vars, examples)).isEqualTo(render(original, sample.vars(), project.examples()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"support-triage", "invoice-extraction", "context-qa"})
    void promptfooCarriesTheTestSuiteModelsJudgeAndRunSettings(String projectName) {
        Project project = Samples.load(projectName);
        String promptName = project.prompts().get(0).name();
        ExportResult exported = Samples.FORMATS.export("promptfoo", project, promptName, null, ExportOptions.DEFAULTS);

        ImportResult imported = Samples.FORMATS.importFile(ExportFiles.write(exported, dir), "promptfoo");

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.tests()).isEqualTo(project.tests());
        assertThat(imported.defaultAssert()).isEqualTo(project.settings().defaultAssert());
        assertThat(imported.runDefaults()).isEqualTo(project.settings().defaults());
        assertThat(imported.judge()).isEqualTo(project.settings().judge());
        PromptVariant prompt = project.prompts().get(0);
        assertThat(imported.models()).extracting(ModelRef::id, ModelRef::provider, ModelRef::model)
                .containsExactlyInAnyOrderElementsOf(project.settings().models().stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.provider(), m.model())).toList());
        for (ModelRef model : project.settings().models()) {
            ModelRef back = imported.models().stream().filter(m -> m.id().equals(model.id())).findFirst().orElseThrow();
            ModelParams expected = model.provider().equals("echo") ? ModelParams.NONE
                    : prompt.params().overriding(model.params());
            assertThat(back.params()).as(model.id()).isEqualTo(expected);
        }
    }

    private static List<?> render(PromptVariant variant, Map<String, Object> vars, List<Example> examples) {
        RenderResult result = RENDERER.render(variant, vars, examples);
        assertThat(result.problems()).isEmpty();
        return result.messages();
    }
}
