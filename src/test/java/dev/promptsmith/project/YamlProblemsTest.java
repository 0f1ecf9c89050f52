package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Problem;
import dev.promptsmith.model.PromptVariant;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken YAML files give positioned problems and the rest of the project still opens. */
class YamlProblemsTest {

    private static final String SETTINGS = "formatVersion: 1\nname: Demo\nmodels:\n  - id: echo\n    provider: echo\n    model: echo\n";

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();

    @Test
    void badSyntaxInTheSettingsIsReportedAndThePromptsStillLoad() {
        ProjectFixtures.write(dir, "promptsmith.yaml", "formatVersion: 1\nname: Demo\n  bad: indent\n");
        ProjectFixtures.write(dir, "prompts/p.prompt.yaml", "system: hi\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("promptsmith.yaml", 3, 6,
                "invalid YAML: mapping values are not allowed here; expected valid YAML: check the indentation,"
                        + " and quote text that contains ': ' or ' #'"));
        assertThat(loaded.project().settings().name()).isEqualTo(dir.getFileName().toString());
        assertThat(loaded.project().prompts()).extracting(PromptVariant::name).containsExactly("p");
        assertThat(loaded.snapshot().readOnlyFiles()).containsExactly("promptsmith.yaml");
    }

    @Test
    void badSyntaxInAPromptIsReportedAndTheOtherPromptsLoad() {
        ProjectFixtures.minimal(dir, Map.of(
                "broken", "system: hi\nmessages:\n  - role: user\n   content: x\n",
                "fine", "system: ok\n"));

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("prompts/broken.prompt.yaml", 4, 4,
                "invalid YAML: expected <block end>, but found '<block mapping start>'"
                        + " (while parsing a block collection that starts at line 3, column 3)"));
        assertThat(loaded.project().prompts()).extracting(PromptVariant::name).containsExactly("fine");
        assertThat(loaded.snapshot().readOnlyFiles()).containsExactly("prompts/broken.prompt.yaml");
    }

    @Test
    void anUnterminatedQuoteSaysWhereItStarted() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: \"unterminated\nmessages: []\n"));

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("prompts/p.prompt.yaml", 3, 1,
                "invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts at line 1, column 9)"));
    }

    @Test
    void aWrongTypeIsReportedAtTheValue() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: hi\nparams:\n  temperature: hot\n  maxTokens: 2.5\n"));

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(
                Problem.error("prompts/p.prompt.yaml", 3, 16, "params.temperature must be a number, found string 'hot'"),
                Problem.error("prompts/p.prompt.yaml", 4, 14, "params.maxTokens must be an integer >= 1, found number 2.5"));
        assertThat(loaded.project().prompt("p").orElseThrow().system()).isEqualTo("hi");
    }

    @Test
    void messagesThatAreNotAListAreReported() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: hi\nmessages:\n  role: user\n"));

        assertThat(loader.load(dir).problems()).containsExactly(
                Problem.error("prompts/p.prompt.yaml", 3, 3, "messages must be a list, found object"));
    }

    @Test
    void anUnknownFormatVersionNamesTheSupportedOneAndMakesTheFileReadOnly() {
        ProjectFixtures.write(dir, "promptsmith.yaml", "formatVersion: 7\nname: Future\nmodels: [{id: echo, provider: echo, model: echo}]\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("promptsmith.yaml", 1, 16,
                "unsupported formatVersion 7; this version of Promptsmith supports formatVersion 1 only,"
                        + " so the file is opened read-only and will not be saved"));
        assertThat(loaded.project().settings().name()).isEqualTo("Future");
        assertThat(loaded.snapshot().readOnlyFiles()).containsExactly("promptsmith.yaml");
    }

    @Test
    void aMissingFormatVersionIsAnError() {
        ProjectFixtures.write(dir, "promptsmith.yaml", "name: Old\nmodels: [{id: echo, provider: echo, model: echo}]\n");

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("promptsmith.yaml", 1, 1,
                "formatVersion is missing; expected formatVersion: 1 as the first key"));
    }

    @Test
    void aDuplicateModelIdIsReportedAtTheDuplicateAndTheFirstWins() {
        ProjectFixtures.write(dir, "promptsmith.yaml", SETTINGS + "  - id: echo\n    provider: openai\n    model: gpt\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("promptsmith.yaml", 7, 9,
                "duplicate model id 'echo' (first defined on line 4); the first one is used"));
        assertThat(loaded.project().settings().models()).singleElement()
                .satisfies(model -> assertThat(model.provider()).isEqualTo("echo"));
    }

    @Test
    void aMissingSchemaIsReportedAtTheSchemaValue() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: hi\noutput:\n  format: json\n  schema: schemas/missing.json\n"));

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("prompts/p.prompt.yaml", 4, 11,
                "output.schema file 'schemas/missing.json' does not exist; expected a JSON Schema file relative to"
                        + " the project folder"));
    }

    @Test
    void aSchemaPathOutsideTheProjectIsRejected() {
        ProjectFixtures.minimal(dir, Map.of("p", "output:\n  schema: ../secret.json\n"));

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("prompts/p.prompt.yaml", 2, 11,
                "output.schema must be a path inside the project folder such as schemas/answer.json, found '../secret.json'"));
    }

    @Test
    void aSchemaThatIsNotJsonIsReportedInTheSchemaFile() {
        ProjectFixtures.minimal(dir, Map.of("p", "output:\n  schema: schemas/bad.json\n"));
        ProjectFixtures.write(dir, "schemas/bad.json", "{\n  \"type\": \n}\n");

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("schemas/bad.json", 3, 1,
                "invalid JSON in schema: Unexpected character ('}' (code 125)): expected a valid value"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
    }

    @Test
    void unknownRolesAndEnumValuesAreReportedWithPositions() {
        ProjectFixtures.minimal(dir, Map.of("p", """
                template: jinja2
                messages:
                  - role: wizard
                    content: x
                  - role: system
                    content: y
                  - role: user
                    content: z
                fewShot:
                  mode: always
                """));

        LoadedProject loaded = loader.load(dir);

        String file = "prompts/p.prompt.yaml";
        assertThat(loaded.problems()).containsExactly(
                Problem.error(file, 1, 11, "template must be one of jinja, raw, found 'jinja2'"),
                Problem.error(file, 3, 11, "messages[0].role must be one of user, assistant, found 'wizard'"),
                Problem.error(file, 5, 11, "messages[1].role must be one of user, assistant, found 'system'"
                        + " (the system prompt goes under the top-level system key)"),
                Problem.error(file, 10, 9, "fewShot.mode must be one of none, turns, found 'always'"));
        assertThat(loaded.project().prompt("p").orElseThrow().messages()).hasSize(1);
    }

    @Test
    void aMissingSettingsFileOpensTheProjectUnderItsFolderName() {
        ProjectFixtures.write(dir, "prompts/p.prompt.yaml", "system: hi\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("promptsmith.yaml", 0, 0,
                "promptsmith.yaml is missing; expected the project settings file with formatVersion: 1 and a name"
                        + " (the folder name is used for now)"));
        assertThat(loaded.project().settings().name()).isEqualTo(dir.getFileName().toString());
        assertThat(loaded.project().prompts()).hasSize(1);
    }

    @Test
    void aJudgeThatIsNotAModelIdIsReportedAtItsValue() {
        ProjectFixtures.write(dir, "promptsmith.yaml", SETTINGS + "judge: gpt-5\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("promptsmith.yaml", 7, 8,
                "judge 'gpt-5' is not one of the model ids (echo); expected the id of a model under models"));
        assertThat(loaded.project().settings().judge()).isNull();
    }

    @Test
    void settingsValuesAreChecked() {
        ProjectFixtures.write(dir, "promptsmith.yaml", """
                formatVersion: 1
                name: X
                models:
                  - id: a
                    provider: echo
                  - just-a-string
                  - id: echo
                    provider: echo
                    model: echo
                defaults:
                  repeats: 0
                target:
                  metric: passRate
                budget:
                  maxUsdPerRun: -1
                dup: 1
                dup: 2
                """);

        assertThat(loader.load(dir).problems()).containsExactly(
                Problem.error("promptsmith.yaml", 17, 1, "duplicate key 'dup' (first on line 16); the first one is used"),
                Problem.error("promptsmith.yaml", 4, 5, "models[0].model is missing; expected the provider's model name"),
                Problem.error("promptsmith.yaml", 6, 5, "models[1] must be an object, found string 'just-a-string'"),
                Problem.error("promptsmith.yaml", 11, 12, "defaults.repeats must be an integer >= 1, found number 0"),
                Problem.error("promptsmith.yaml", 13, 3, "target.value is missing; expected a number such as 0.9"),
                Problem.error("promptsmith.yaml", 15, 17, "budget.maxUsdPerRun must be a number >= 0, found number -1"));
    }

    @Test
    void fewShotIdsThatMatchNoExampleAreAWarning() {
        ProjectFixtures.minimal(dir, Map.of("p", "fewShot:\n  mode: turns\n  ids: [e1, e9]\n"));
        ProjectFixtures.write(dir, "examples.jsonl", "{\"id\":\"e1\"}\n");

        assertThat(loader.load(dir).problems()).containsExactly(Problem.warning("prompts/p.prompt.yaml", 3, 13,
                "fewShot.ids: 'e9' is not an example id in examples.jsonl"));
    }

    @Test
    void aPromptFileThatIsNotAMappingIsReadOnly() {
        ProjectFixtures.minimal(dir, Map.of("p", "- just\n- a list\n"));

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("prompts/p.prompt.yaml", 1, 1,
                "the file must be a YAML mapping of keys such as system and messages, found list"));
        assertThat(loaded.snapshot().readOnlyFiles()).containsExactly("prompts/p.prompt.yaml");
    }

    @Test
    void anEmptyPromptFileIsAWarningAndAnEmptyVariant() {
        ProjectFixtures.minimal(dir, Map.of("p", ""));

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.warning("prompts/p.prompt.yaml", 1, 1,
                "the prompt file is empty; expected keys such as system and messages"));
        assertThat(loaded.project().prompt("p")).isPresent();
    }
}
