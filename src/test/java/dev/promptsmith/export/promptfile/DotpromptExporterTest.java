package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotpromptExporterTest {

    @Test
    void loopOverExamplesBecomesEachWithItsVariableAndTheSchemaGoesToOutput() {
        ExportResult result = Samples.FORMATS.export("dotprompt", Samples.load("invoice-extraction"),
                "extract-with-examples", "gpt-4o-mini", ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        Golden.assertMatches("invoice-extraction", result.files());
    }

    @Test
    void groundedQaWithFewShotTurnsUsesModelRoleAndGenkitModelName() {
        ExportResult result = Samples.FORMATS.export("dotprompt", Samples.load("context-qa"), "qa-grounded", "gemini-flash",
                ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.files().get("qa-grounded.prompt")).startsWith("---\nmodel: googleai/gemini-2.0-flash\n")
                .contains("{{role \"model\"}}\n");
        Golden.assertMatches("context-qa", result.files());
    }

    @Test
    void aFilterIsReportedWithWhereItIsAndLeftInertNotTranslated() {
        PromptVariant prompt = prompt("Hello {{ name | upper }}.\nAsk {{ question }}");

        ExportResult result = Samples.FORMATS.export("dotprompt", Exports.project(prompt, gemini()), "p", null,
                ExportOptions.DEFAULTS);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("prompts/p.prompt.yaml");
            assertThat(p.message()).contains("system, line 1", "{{ name | upper }}", "filters (| upper)");
        });
        assertThat(result.files().get("p.prompt")).contains("Hello \\{{ name | upper }}.\nAsk {{question}}");
    }

    @Test
    void literalFewShotTurnsEscapeMustaches() {
        PromptVariant prompt = prompt("Answer in JSON.").withFewShot(new FewShot(FewShotMode.TURNS, null, List.of()));
        Example example = new Example("e1", Map.of("question", "What is {{x}}?"), "{{x}} is a placeholder", List.of(), null);

        ExportResult result = Samples.FORMATS.export("dotprompt",
                Exports.project(prompt, List.of(gemini()), List.of(example), List.of()), "p", null, ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.files().get("p.prompt")).contains("{{role \"user\"}}\nWhat is \\{{x}}?\n"
                + "{{role \"model\"}}\n\\{{x}} is a placeholder\n");
    }

    @Test
    void aProviderWithoutAGenkitPluginNamesNoModel() {
        ExportResult result = Samples.FORMATS.export("dotprompt", Exports.project(prompt("Hi"),
                new ModelRef("groq-llama", "groq", "llama-3.3-70b", ModelParams.NONE.withTemperature(0.2))), "p", null,
                ExportOptions.DEFAULTS);

        assertThat(result.files().get("p.prompt")).doesNotContain("model:").contains("config:\n  temperature: 0.2\n");
        assertThat(result.problems()).extracting(Problem::file, Problem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("promptsmith.yaml", Problem.Severity.WARNING));
    }

    private static PromptVariant prompt(String system) {
        return new PromptVariant("p", "", TemplateSyntax.JINJA, system,
                List.of(new MessageTemplate(Role.USER, "{{ question }}")), null, null, null);
    }

    private static ModelRef gemini() {
        return new ModelRef("flash", "gemini", "gemini-2.0-flash", ModelParams.NONE);
    }
}
