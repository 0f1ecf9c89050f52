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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromptFileFormatsTest {

    /** Key shapes, and the fields and references that carry keys in these formats. */
    private static final Pattern SECRET = Pattern.compile("sk-[A-Za-z0-9_-]{10,}|AIza[0-9A-Za-z_-]{10,}|gsk_[A-Za-z0-9]{10,}"
            + "|\\b(api[_-]?key|apiKey)\"?\\s*[:=]|Bearer\\s+\\S|Authorization\"?\\s*:|\\$\\{env:", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    @Test
    void theFormatsAreListedWithWhatEachCanDo() {
        assertThat(Samples.FORMATS.all()).extracting(PromptFileFormat::id)
                .containsExactly("prompty", "dotprompt", "promptfoo", "chat-json", "markdown");
        assertThat(Samples.FORMATS.find("markdown")).hasValueSatisfying(f -> {
            assertThat(f.canExport()).isTrue();
            assertThat(f.canImport()).isFalse();
        });
        assertThat(Samples.FORMATS.all()).allSatisfy(f -> assertThat(f.name()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prompty", "dotprompt", "promptfoo", "chat-json", "markdown"})
    void noExportCarriesAnApiKeyOrAKeyReference(String format) {
        for (String name : List.of("support-triage", "invoice-extraction", "context-qa")) {
            Project project = Samples.load(name);
            for (PromptVariant prompt : project.prompts()) {
                ExportResult result = Samples.FORMATS.export(format, project, prompt.name(), null, ExportOptions.DEFAULTS);
                assertThat(result.files()).isNotEmpty();
                result.files().forEach((file, text) -> assertThat(SECRET.matcher(text).find())
                        .as(format + " " + name + "/" + prompt.name() + " " + file).isFalse());
            }
        }
    }

    @Test
    void aKeyPastedIntoAPromptIsFlaggedWithoutBeingRepeated() {
        String key = "sk-proj-" + "a1b2c3d4e5f6g7h8i9j0k1l2m3";
        PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Use key " + key,
                List.of(new MessageTemplate(Role.USER, "hi")), null, null, null);

        ExportResult result = Samples.FORMATS.export("prompty", Exports.project(prompt,
                new ModelRef("m", "openai", "gpt-4o-mini", ModelParams.NONE)), "p", null, ExportOptions.DEFAULTS);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("p.prompty");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("shaped like an API key").doesNotContain(key);
        });
    }

    @Test
    void exportingTwiceGivesTheSameFiles() {
        Project project = Samples.load("invoice-extraction");

        assertThat(Samples.FORMATS.export("promptfoo", project, "extract-basic", null, ExportOptions.DEFAULTS).files())
                .isEqualTo(Samples.FORMATS.export("promptfoo", Samples.load("invoice-extraction"), "extract-basic", null,
                        ExportOptions.DEFAULTS).files());
    }

    @Test
    void unknownFormatPromptOrModelAreProblemsNotExceptions() {
        Project project = Samples.load("support-triage");

        assertThat(Samples.FORMATS.export("yaml", project, "triage-cot", null, ExportOptions.DEFAULTS).problems())
                .singleElement().extracting(Problem::message).asString().startsWith("no format 'yaml' can export");
        assertThat(Samples.FORMATS.export("prompty", project, "nope", null, ExportOptions.DEFAULTS).problems())
                .singleElement().extracting(Problem::message).isEqualTo("the project has no prompt named 'nope'");
        assertThat(Samples.FORMATS.export("prompty", project, "triage-cot", "gpt-9", ExportOptions.DEFAULTS).problems())
                .singleElement().extracting(Problem::message).isEqualTo("the project has no model with the id 'gpt-9'");
        assertThat(Samples.FORMATS.export("prompty", project, "triage-zero-shot", null,
                new ExportOptions("t-999", null)).problems()).singleElement().extracting(Problem::message)
                .isEqualTo("no test case has the id 't-999'; the sample inputs are left empty");
    }

    @Test
    void importPicksTheFormatByFileNameAndRefusesOthers() throws Exception {
        Path prompt = Files.writeString(dir.resolve("hello.prompt"), "Say hello to {{name}}.\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(Samples.FORMATS.importFile(prompt).format()).isEqualTo("dotprompt");
        assertThat(Samples.FORMATS.importFile(text).problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("the file type is not one Promptsmith imports; expected .prompty, .prompt, .yaml, .yml, .json");
        assertThat(Samples.FORMATS.importFile(dir.resolve("gone.prompty")).problems()).singleElement()
                .extracting(Problem::message).isEqualTo("the file does not exist");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAClearMessage() throws Exception {
        Path file = Files.write(dir.resolve("latin1.prompty"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});

        assertThat(Samples.FORMATS.importFile(file).problems()).singleElement().extracting(Problem::message)
                .isEqualTo("the file is not UTF-8 text; save it as UTF-8 and import it again");
    }
}
