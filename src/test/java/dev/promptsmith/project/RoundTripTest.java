package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load then save without an edit must leave every file byte-identical and write nothing. */
class RoundTripTest {

    @TempDir
    Path dir;

    @TempDir
    Path other;

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectSaver saver = new ProjectSaver();

    @Test
    void savingAnUneditedProjectWritesNoFile() {
        ProjectFixtures.rich(dir);
        Map<String, byte[]> before = ProjectFixtures.allFiles(dir);
        LoadedProject loaded = loader.load(dir);

        SaveResult result = saver.save(dir, loaded.project(), loaded.snapshot());

        assertThat(result.written()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(ProjectFixtures.allFiles(dir)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void fixtureReallyHasCrlfAndAMissingFinalNewline() {
        ProjectFixtures.rich(dir);

        assertThat(ProjectFixtures.read(dir, ProjectFixtures.CRLF_PROMPT)).contains("\r\n");
        assertThat(ProjectFixtures.read(dir, ProjectFixtures.NO_FINAL_NEWLINE)).doesNotEndWith("\n");
    }

    @Test
    void theSnapshotOfASaveMakesTheNextSaveANoOp() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        Project edited = loaded.project().withPrompt(
                loaded.project().prompt("triage-v1").orElseThrow().withSystem("Be brief.\n"));

        SaveResult first = saver.save(dir, edited, loaded.snapshot());
        SaveResult second = saver.save(dir, edited, first.snapshot());

        assertThat(first.written()).containsExactly(dir.resolve("prompts/triage-v1.prompt.yaml"));
        assertThat(second.written()).isEmpty();
    }

    @Test
    void anEditedProjectReadsBackAsEdited() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        PromptVariant variant = loaded.project().prompt("triage-fewshot").orElseThrow();
        Project edited = loaded.project().withPrompt(variant.withSystem("Line one\n  indented line\n\nafter a blank\n"));

        saver.save(dir, edited, loaded.snapshot());

        LoadedProject reloaded = loader.load(dir);
        assertThat(reloaded.problems()).isEmpty();
        assertThat(reloaded.project()).isEqualTo(edited);
    }

    @Test
    void saveAsWritesEveryFileByteForByte() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);

        SaveResult result = saver.save(other, loaded.project(), loaded.snapshot());

        assertThat(ProjectFixtures.allFiles(other)).containsExactlyInAnyOrderEntriesOf(ProjectFixtures.allFiles(dir));
        assertThat(result.written()).hasSize(7).allSatisfy(path -> assertThat(path).startsWith(other));
        assertThat(result.snapshot().directory()).contains(other.toAbsolutePath().normalize());
    }

    @Test
    void saveAsWithAnEditCopiesTheRestUnchanged() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        Project edited = loaded.project().withPrompt(
                loaded.project().prompt("raw").orElseThrow().withSystem("Other"));

        saver.save(other, edited, loaded.snapshot());

        Map<String, byte[]> copied = ProjectFixtures.allFiles(other);
        Map<String, byte[]> original = ProjectFixtures.allFiles(dir);
        assertThat(copied.keySet()).isEqualTo(original.keySet());
        original.forEach((path, bytes) -> {
            if (!path.equals("prompts/raw.prompt.yaml")) {
                assertThat(copied.get(path)).as(path).isEqualTo(bytes);
            }
        });
        assertThat(loader.load(other).project()).isEqualTo(edited);
        assertThat(ProjectFixtures.allFiles(dir)).containsExactlyInAnyOrderEntriesOf(original);
    }
}
