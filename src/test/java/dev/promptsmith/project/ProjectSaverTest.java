package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TestCase;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save writes, creates and deletes, and what it never touches. */
class ProjectSaverTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectSaver saver = new ProjectSaver();

    @Test
    void onlyTheFileWhoseBytesChangeIsWrittenAndNoTempFileIsLeft() {
        ProjectFixtures.rich(dir);
        Map<String, byte[]> before = ProjectFixtures.allFiles(dir);
        LoadedProject loaded = loader.load(dir);
        List<TestCase> tests = new ArrayList<>(loaded.project().tests());
        tests.remove(0);

        SaveResult result = saver.save(dir, loaded.project().withTests(tests), loaded.snapshot());

        assertThat(result.written()).containsExactly(dir.resolve("tests.jsonl"));
        Map<String, byte[]> after = ProjectFixtures.allFiles(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> {
            if (!path.equals("tests.jsonl")) {
                assertThat(after.get(path)).as(path).isEqualTo(bytes);
            }
        });
    }

    @Test
    void aRemovedVariantDeletesItsFileAndANewOneCreatesItsFile() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        List<PromptVariant> prompts = new ArrayList<>(loaded.project().prompts());
        prompts.removeIf(p -> p.name().equals("raw"));
        prompts.add(new PromptVariant("fresh", null, null, "Hi", List.of(new MessageTemplate(Role.USER, "{{ q }}")),
                null, null, null));

        SaveResult result = saver.save(dir, loaded.project().withPrompts(prompts), loaded.snapshot());

        assertThat(result.deleted()).containsExactly(dir.resolve("prompts/raw.prompt.yaml"));
        assertThat(result.written()).containsExactly(dir.resolve("prompts/fresh.prompt.yaml"));
        assertThat(dir.resolve("prompts/raw.prompt.yaml")).doesNotExist();
        assertThat(ProjectFixtures.read(dir, "prompts/fresh.prompt.yaml"))
                .isEqualTo("system: Hi\nmessages:\n  - role: user\n    content: '{{ q }}'\n");
        assertThat(result.snapshot().files()).contains("prompts/fresh.prompt.yaml").doesNotContain("prompts/raw.prompt.yaml");
    }

    @Test
    void renamingAVariantMovesItsFileWithCommentsAndUnknownKeys() {
        String original = "# my notes\nsystem:   hi   # greeting\nx-owner: ana\n";
        ProjectFixtures.minimal(dir, Map.of("old", original));
        LoadedProject loaded = loader.load(dir);
        PromptVariant renamed = loaded.project().prompt("old").orElseThrow().withName("new");

        SaveResult result = saver.save(dir, loaded.project().withPrompts(List.of(renamed)), loaded.snapshot());

        assertThat(result.deleted()).containsExactly(dir.resolve("prompts/old.prompt.yaml"));
        assertThat(result.written()).containsExactly(dir.resolve("prompts/new.prompt.yaml"));
        assertThat(ProjectFixtures.read(dir, "prompts/new.prompt.yaml")).isEqualTo(original);
    }

    @Test
    void aRenameWithAnEditIsANewFile() {
        ProjectFixtures.minimal(dir, Map.of("old", "# my notes\nsystem: hi\n"));
        LoadedProject loaded = loader.load(dir);
        PromptVariant renamed = loaded.project().prompt("old").orElseThrow().withName("new").withSystem("bye");

        saver.save(dir, loaded.project().withPrompts(List.of(renamed)), loaded.snapshot());

        assertThat(ProjectFixtures.read(dir, "prompts/new.prompt.yaml")).isEqualTo("system: bye\n");
    }

    @Test
    void aSaveDoesNotChangeTheSnapshotItStartedFrom() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        PromptVariant v1 = loaded.project().prompt("triage-v1").orElseThrow();
        Project edited = loaded.project().withPrompt(new PromptVariant(v1.name(), "", v1.template(), "x",
                List.of(), v1.fewShot(), v1.output(), dev.promptsmith.model.ModelParams.NONE));

        saver.save(dir.resolve("a"), edited, loaded.snapshot());
        saver.save(dir.resolve("b"), edited, loaded.snapshot());
        saver.save(dir.resolve("c"), loaded.project(), loaded.snapshot());

        assertThat(ProjectFixtures.allFiles(dir.resolve("a"))).containsExactlyInAnyOrderEntriesOf(
                ProjectFixtures.allFiles(dir.resolve("b")));
        assertThat(ProjectFixtures.read(dir.resolve("c"), "prompts/triage-v1.prompt.yaml"))
                .isEqualTo(ProjectFixtures.read(dir, "prompts/triage-v1.prompt.yaml"));
    }

    @Test
    void aPromptFileWithASyntaxErrorIsNeverWrittenOrDeleted() {
        ProjectFixtures.minimal(dir, Map.of("broken", "system: [unclosed\n", "fine", "system: ok\n"));
        byte[] broken = ProjectFixtures.allFiles(dir).get("prompts/broken.prompt.yaml");
        LoadedProject loaded = loader.load(dir);
        PromptVariant sameName = new PromptVariant("broken", null, null, "replacement", List.of(), null, null, null);

        SaveResult result = saver.save(dir, loaded.project().withPrompts(List.of(sameName)), loaded.snapshot());

        assertThat(ProjectFixtures.allFiles(dir).get("prompts/broken.prompt.yaml")).isEqualTo(broken);
        assertThat(result.deleted()).containsExactly(dir.resolve("prompts/fine.prompt.yaml"));
        assertThat(result.written()).isEmpty();
        assertThat(result.snapshot().readOnlyFiles()).containsExactly("prompts/broken.prompt.yaml");
    }

    @Test
    void settingsWithAnUnknownFormatVersionAreNeverWritten() {
        ProjectFixtures.write(dir, "promptsmith.yaml", "formatVersion: 7\nname: Future\n");
        LoadedProject loaded = loader.load(dir);

        SaveResult result = saver.save(dir, loaded.project().withSettings(ProjectSettings.named("Changed")),
                loaded.snapshot());

        assertThat(result.written()).isEmpty();
        assertThat(ProjectFixtures.read(dir, "promptsmith.yaml")).isEqualTo("formatVersion: 7\nname: Future\n");
    }

    @Test
    void aWriteFailureThrowsWithThePath() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "prompts", "a file where the prompts folder should be");
        LoadedProject loaded = loader.load(dir);
        Project project = loaded.project().withPrompt(new PromptVariant("p", null, null, "x", List.of(), null, null, null));

        assertThatThrownBy(() -> saver.save(dir, project, loaded.snapshot()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(dir.resolve("prompts/p.prompt.yaml").toString());
    }

    @Test
    void unusableOrDuplicatePromptNamesAreRejectedBeforeAnythingIsWritten() {
        ProjectFixtures.minimal(dir, Map.of());
        LoadedProject loaded = loader.load(dir);
        PromptVariant escaping = new PromptVariant("../evil", null, null, "x", List.of(), null, null, null);
        PromptVariant twice = new PromptVariant("twice", null, null, "x", List.of(), null, null, null);

        assertThatThrownBy(() -> saver.save(dir, loaded.project().withPrompts(List.of(escaping)), loaded.snapshot()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../evil");
        assertThatThrownBy(() -> saver.save(dir, loaded.project().withPrompts(List.of(twice, twice)), loaded.snapshot()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(ProjectFixtures.allFiles(dir)).containsOnlyKeys("promptsmith.yaml");
    }

    @Test
    void removingEveryTestEmptiesTheFile() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);

        saver.save(dir, loaded.project().withTests(List.of()), loaded.snapshot());

        assertThat(ProjectFixtures.read(dir, "tests.jsonl")).isEqualTo("\n");
        assertThat(loader.load(dir).project().tests()).isEmpty();
    }

    @Test
    void savingWithAnEmptySnapshotWritesTheWholeProject() {
        ProjectFixtures.rich(dir);
        Project project = loader.load(dir).project();
        Path copy = dir.resolve("copy");

        SaveResult result = saver.save(copy, project, ProjectSnapshot.empty());

        // Six project files plus the schema its prompt refers to, written from the project's copy of it.
        assertThat(result.written()).hasSize(7);
        assertThat(loader.load(copy).project()).isEqualTo(project);
    }

    @Test
    void theReturnedSnapshotDescribesTheSavedFolder() throws Exception {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        Project edited = loaded.project().withPrompt(loaded.project().prompt("raw").orElseThrow().withSystem("changed"));

        SaveResult result = saver.save(dir, edited, loaded.snapshot());

        assertThat(result.snapshot().directory()).contains(dir.toAbsolutePath().normalize());
        assertThat(Files.list(dir.resolve("prompts")).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".tmp"));
        assertThat(saver.save(dir, edited, result.snapshot()).written()).isEmpty();
    }
}
