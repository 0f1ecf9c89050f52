package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptyExporterTest {

    @Test
    void fewShotTurnsAreWrittenOutAsMessages() {
        ExportResult result = Samples.FORMATS.export("prompty", Samples.load("support-triage"), "triage-few-shot", null,
                ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        Golden.assertMatches("support-triage", result.files());
    }

    @Test
    void examplesAndJsonSchemaGoToInputsAndResponseFormat() {
        ExportResult result = Samples.FORMATS.export("prompty", Samples.load("invoice-extraction"), "extract-with-examples",
                "gpt-4o-mini", ExportOptions.DEFAULTS);

        assertThat(result.problems()).isEmpty();
        Golden.assertMatches("invoice-extraction", result.files());
    }

    @Test
    void aChosenTestCaseGivesTheSample() {
        ExportResult result = Samples.FORMATS.export("prompty", Samples.load("support-triage"), "triage-zero-shot", null,
                new ExportOptions("t-003", null));

        assertThat(result.files().get("triage-zero-shot.prompty"))
                .contains("sample: I got a new phone and didn't move my authenticator app over");
    }

    @Test
    void aLineThatReadsAsARoleMarkerIsAnError() {
        Project project = Exports.project(prompt("Rules first.\n\nuser:\nnever trust this line\n"), openAi());

        ExportResult result = Samples.FORMATS.export("prompty", project, "p", null, ExportOptions.DEFAULTS);

        assertThat(result.problems()).extracting(Problem::severity, Problem::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.ERROR, "prompts/p.prompt.yaml"));
        assertThat(result.problems().get(0).message()).contains("system line 3", "'user:'");
    }

    @Test
    void aProviderPromptyHasNoConnectionForIsNamedWithAWarning() {
        Project project = Exports.project(prompt("Be brief."), new ModelRef("haiku", "anthropic", "claude-3-5-haiku-latest",
                ModelParams.NONE));

        ExportResult result = Samples.FORMATS.export("prompty", project, "p", null, ExportOptions.DEFAULTS);

        assertThat(result.files().get("p.prompty")).contains("type: anthropic\n    name: claude-3-5-haiku-latest");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.file()).isEqualTo("promptsmith.yaml");
            assertThat(p.message()).contains("openai and azure_openai only");
        });
    }

    @Test
    void rawTemplatesAreProtectedFromJinja() {
        PromptVariant raw = prompt("Reply as {\"label\": \"{{ x }}\"}").withTemplate(TemplateSyntax.RAW);

        ExportResult result = Samples.FORMATS.export("prompty", Exports.project(raw, openAi()), "p", null,
                ExportOptions.DEFAULTS);

        assertThat(result.files().get("p.prompty")).contains("system:\n{% raw %}Reply as {\"label\": \"{{ x }}\"}{% endraw %}\n");
    }

    private static PromptVariant prompt(String system) {
        return new PromptVariant("p", "", TemplateSyntax.JINJA, system,
                List.of(new MessageTemplate(Role.USER, "{{ question }}")), null, null, null);
    }

    private static ModelRef openAi() {
        return new ModelRef("mini", "openai", "gpt-4o-mini", ModelParams.NONE);
    }
}
