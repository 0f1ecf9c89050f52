package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep, huge, self-referencing or undecodable files give problems, never a crash. */
class HostileInputTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectSaver saver = new ProjectSaver();

    @Test
    void deeplyNestedFlowYamlIsRejected() {
        int depth = 100_000;
        ProjectFixtures.minimal(dir, Map.of("deep", "system: " + "[".repeat(depth) + "]".repeat(depth) + "\n"));

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("prompts/deep.prompt.yaml", 1, 108,
                "YAML is nested deeper than 100 levels; expected a project file of a few levels"));
        assertThat(loaded.snapshot().readOnlyFiles()).containsExactly("prompts/deep.prompt.yaml");
    }

    @Test
    void deeplyNestedBlockYamlIsRejected() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        ProjectFixtures.minimal(dir, Map.of("deep", yaml.toString()));

        assertThat(loader.load(dir).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("YAML is nested deeper than 100 levels"));
    }

    @Test
    void deeplyNestedJsonLineIsAProblemAndOtherLinesLoad() {
        int depth = 100_000;
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"deep\",\"vars\":" + "[".repeat(depth) + "]".repeat(depth)
                + "}\n{\"id\":\"ok\",\"vars\":{}}\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("invalid JSON: Document nesting depth (1001) exceeds the maximum allowed");
        });
        assertThat(loaded.project().tests()).extracting(TestCase::id).containsExactly("ok");
    }

    @Test
    void billionLaughsIsStoppedByTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("formatVersion: 1\nname: Lol\nx-0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x-").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        ProjectFixtures.write(dir, "promptsmith.yaml", yaml.toString());

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("promptsmith.yaml");
            assertThat(p.message()).contains("Number of aliases for non-scalar nodes exceeds the specified max=50");
        });
    }

    @Test
    void aliasesThatExpandHugelyInsideAValueAreAProblem() {
        StringBuilder yaml = new StringBuilder("formatVersion: 1\nname: Wide\nmodels: [{id: echo, provider: echo, model: echo}]\n");
        yaml.append("x-0: &a0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            yaml.append("x-").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        yaml.append("defaultAssert:\n  - type: equals\n    value: *a24\n");
        ProjectFixtures.write(dir, "promptsmith.yaml", yaml.toString());

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("promptsmith.yaml", 31, 5,
                "defaultAssert[0].value is too large (more than 10000 values after expanding aliases)"));
        assertThat(loaded.project().settings().defaultAssert()).singleElement()
                .satisfies(a -> assertThat(a.value()).isNull());
    }

    @Test
    void aValueThatContainsItselfIsAProblem() {
        ProjectFixtures.write(dir, "promptsmith.yaml", "formatVersion: 1\nname: Loop\nmodels: [{id: echo, provider: echo, model: echo}]\n"
                + "defaultAssert:\n  - type: equals\n    value: &loop [1, *loop]\n");

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("promptsmith.yaml", 6, 5,
                "defaultAssert[0].value contains itself through an alias; expected a finite value"));
    }

    @Test
    void anchorsAndAliasesAreReadAndSurviveAnEdit() {
        ProjectFixtures.write(dir, "promptsmith.yaml", """
                formatVersion: 1
                name: Anchored
                models:
                  - id: a
                    provider: openai
                    model: gpt-4o-mini
                    params: &cold
                      temperature: 0
                  - id: b
                    provider: openai
                    model: gpt-4o
                    params: *cold
                """);
        LoadedProject loaded = loader.load(dir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().settings().models()).allSatisfy(m -> assertThat(m.params().temperature()).isEqualTo(0.0));

        var s = loaded.project().settings();
        saver.save(dir, loaded.project().withSettings(new dev.promptsmith.model.ProjectSettings("Renamed",
                s.description(), s.models(), s.defaults(), s.defaultAssert(), s.judge(), s.target(), s.budgetUsd())),
                loaded.snapshot());

        assertThat(ProjectFixtures.read(dir, "promptsmith.yaml")).contains("params: &cold").contains("params: *cold")
                .contains("name: Renamed");
    }

    @Test
    void bytesThatAreNotUtf8GiveAProblemAndTheFileIsNeverWritten() {
        ProjectFixtures.minimal(dir, Map.of());
        ByteArrayOutputStream prompt = new ByteArrayOutputStream();
        prompt.writeBytes("system: |\n  caf".getBytes(StandardCharsets.UTF_8));
        prompt.write(0xE9); // Latin-1 é
        prompt.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        ProjectFixtures.writeBytes(dir, "prompts/latin1.prompt.yaml", prompt.toByteArray());
        ByteArrayOutputStream tests = new ByteArrayOutputStream();
        tests.writeBytes("{\"id\":\"t1\",\"vars\":{}}\n{\"id\":\"t2\",\"vars\":{\"q\":\"".getBytes(StandardCharsets.UTF_8));
        tests.write(0xFF);
        tests.writeBytes("\"}}\n".getBytes(StandardCharsets.UTF_8));
        ProjectFixtures.writeBytes(dir, "tests.jsonl", tests.toByteArray());
        Map<String, byte[]> before = ProjectFixtures.allFiles(dir);

        LoadedProject loaded = loader.load(dir);

        String notUtf8 = "the file is not valid UTF-8 (invalid byte at this position); it is opened read-only:"
                + " save it as UTF-8 to edit it in Promptsmith";
        assertThat(loaded.problems()).containsExactlyInAnyOrder(
                Problem.error("prompts/latin1.prompt.yaml", 2, 6, notUtf8),
                Problem.error("tests.jsonl", 2, 25, notUtf8));
        assertThat(loaded.project().tests()).extracting(TestCase::id).containsExactly("t1", "t2");
        assertThat(loaded.snapshot().readOnlyFiles()).containsExactly("prompts/latin1.prompt.yaml", "tests.jsonl");

        var project = loaded.project();
        saver.save(dir, project.withPrompt(project.prompt("latin1").orElseThrow().withSystem("x"))
                .withTests(List.of()), loaded.snapshot());
        assertThat(ProjectFixtures.allFiles(dir)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void aYamlFileAboveTheSizeLimitIsAProblem() {
        ProjectFixtures.minimal(dir, Map.of("huge", "system: \"" + "x".repeat(YamlParser.MAX_CODE_POINTS + 10) + "\"\n"));

        assertThat(loader.load(dir).problems()).containsExactly(Problem.error("prompts/huge.prompt.yaml", 1, 1,
                "the file is too large for a project file (3145749 characters); expected at most 3145728"));
    }

    @Test
    void aLongJsonLineLoads() {
        ProjectFixtures.minimal(dir, Map.of());
        String big = "y".repeat(5_000_000);
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"big\",\"vars\":{\"q\":\"" + big + "\"}}\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().tests().get(0).vars().get("q")).isEqualTo(big);
    }

    @Test
    void controlCharactersInYamlAreAProblem() {
        ProjectFixtures.minimal(dir, Map.of("nul", "system: a\u0000b\n"));

        assertThat(loader.load(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("prompts/nul.prompt.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("invalid YAML: special characters are not allowed (code point U+0000);"
                    + " expected printable text");
        });
    }
}
