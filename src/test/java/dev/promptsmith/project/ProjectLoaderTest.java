package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.Target;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();

    @Test
    void richProjectLoadsWithoutProblems() {
        LoadedProject loaded = loader.load(ProjectFixtures.rich(dir));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.snapshot().readOnlyFiles()).isEmpty();
        assertThat(loaded.snapshot().files()).containsExactly("examples.jsonl", "prompts/raw.prompt.yaml",
                "prompts/triage-fewshot.prompt.yaml", "prompts/triage-v1.prompt.yaml", "promptsmith.yaml",
                "schemas/label.json", "tests.jsonl");
    }

    @Test
    void settingsMapToProjectSettings() {
        ProjectSettings settings = loader.load(ProjectFixtures.rich(dir)).project().settings();

        assertThat(settings).isEqualTo(new ProjectSettings(
                "Support ticket triage",
                "Routes tickets to the right queue: billing, bug, or \"other\"",
                List.of(new ModelRef("echo", "echo", "echo", ModelParams.NONE),
                        new ModelRef("gpt-4o-mini", "openai", "gpt-4o-mini", ModelParams.NONE.withTemperature(0.0))),
                new RunDefaults(1, 4, 120),
                List.of(new Assertion("not-icontains", "as an ai", null, null)),
                "gpt-4o-mini",
                new Target("passRate", 0.9),
                new BigDecimal("2.50")));
    }

    @Test
    void promptFilesMapToVariantsNamedByTheirFileStem() {
        Project project = loader.load(ProjectFixtures.rich(dir)).project();

        assertThat(project.prompts()).extracting(PromptVariant::name)
                .containsExactly("raw", "triage-fewshot", "triage-v1");
        assertThat(project.prompt("triage-v1").orElseThrow()).isEqualTo(new PromptVariant(
                "triage-v1",
                "Zero-shot classifier with a strict label list",
                TemplateSyntax.JINJA,
                "You are a support triage assistant.\nReply with exactly one label: billing, bug, account or other.\n",
                List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}\n")),
                FewShot.NONE,
                OutputSpec.TEXT,
                new ModelParams(0.0, 16, null, List.of("###"))));
        PromptVariant fewShot = project.prompt("triage-fewshot").orElseThrow();
        assertThat(fewShot.system()).isEqualTo("You classify support tickets. Use the examples.\n");
        assertThat(fewShot.fewShot()).isEqualTo(new FewShot(FewShotMode.TURNS, 2, List.of("ex-01", "ex-02")));
        assertThat(fewShot.output()).isEqualTo(new OutputSpec(OutputFormat.JSON, "schemas/label.json"));
        PromptVariant raw = project.prompt("raw").orElseThrow();
        assertThat(raw.template()).isEqualTo(TemplateSyntax.RAW);
        assertThat(raw.messages()).containsExactly(new MessageTemplate(Role.USER, "Ticket: {ticket}"));
    }

    @Test
    void examplesAndTestsMapToRecordsInFileOrder() {
        Project project = loader.load(ProjectFixtures.rich(dir)).project();

        assertThat(project.examples()).containsExactly(
                new Example("ex-01", Map.of("ticket", "I was charged twice"), "billing", List.of("billing"), null),
                new Example("ex-02", Map.of("ticket", "App crashes on login"), "bug", List.of(), null));
        assertThat(project.tests()).containsExactly(
                new TestCase("t-001", Map.of("ticket", "Refund please"), "billing",
                        List.of(new Assertion("equals", "billing", null, null)), List.of("billing"), Split.DEV, null),
                new TestCase("t-002", Map.of("ticket", "Crash on start"), "bug",
                        List.of(new Assertion("equals", "bug", null, null)), List.of(), Split.DEV, null),
                new TestCase("t-003", Map.of("ticket", "Ünïcödé ✓ \"quoted\""), Map.of("label", "other"),
                        List.of(), List.of(), Split.HELDOUT, "unicode"));
    }

    @Test
    void jsonValuesKeepTheirTypes() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl",
                "{\"id\":\"t\",\"vars\":{\"n\":3,\"big\":12345678901,\"x\":1.5,\"ok\":true,\"none\":null,\"list\":[1,\"a\"]},"
                        + "\"assert\":[{\"type\":\"similar\",\"value\":\"hi\",\"weight\":2,\"threshold\":0.8}]}\n");

        TestCase test = loader.load(dir).project().tests().get(0);

        assertThat(test.vars()).containsEntry("n", 3).containsEntry("big", 12345678901L).containsEntry("x", 1.5)
                .containsEntry("ok", true).containsEntry("none", null).containsEntry("list", List.of(1, "a"));
        assertThat(test.asserts()).containsExactly(new Assertion("similar", "hi", 2.0, 0.8));
    }

    @Test
    void missingJsonlFilesAreEmptyListsWithoutProblems() {
        LoadedProject loaded = loader.load(ProjectFixtures.minimal(dir, Map.of("p", "system: hi\n")));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().examples()).isEmpty();
        assertThat(loaded.project().tests()).isEmpty();
    }

    @Test
    void localStateAndOtherFilesAreIgnored() {
        ProjectFixtures.minimal(dir, Map.of("p", "system: hi\n"));
        ProjectFixtures.write(dir, ".promptsmith/state.yaml", "not: [valid");
        ProjectFixtures.write(dir, "prompts/notes.txt", "not a prompt");
        ProjectFixtures.write(dir, "prompts/old.prompt.yml", "system: [broken");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().prompts()).extracting(PromptVariant::name).containsExactly("p");
    }

    @Test
    void unreferencedSchemasAreKeptForSaveAs() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "schemas/unused.json", "{}");

        assertThat(loader.load(dir).snapshot().files()).contains("schemas/unused.json");
    }

    @Test
    void aFolderThatDoesNotExistThrows() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope"))).isInstanceOf(UncheckedIOException.class);
    }
}
