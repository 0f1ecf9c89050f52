package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits to tests.jsonl and examples.jsonl: unchanged lines keep their text, changed ones their unknown keys. */
class JsonlEditTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();
    private final ProjectSaver saver = new ProjectSaver();

    @Test
    void aChangedRecordKeepsKeyOrderAndUnknownKeysAndOtherLinesKeepTheirText() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl", """
                {"id": "t-1",   "vars": {"q": "a"},  "expected": "A"}
                {"x-first": true, "id": "t-2", "vars": {"q": "b"}, "expected": "B", "x-owner": "ana"}
                """);

        String saved = editTests(tests -> List.of(tests.get(0), withExpected(tests.get(1), "BB")));

        assertThat(saved).isEqualTo("""
                {"id": "t-1",   "vars": {"q": "a"},  "expected": "A"}
                {"x-first":true,"id":"t-2","vars":{"q":"b"},"expected":"BB","x-owner":"ana"}
                """);
    }

    @Test
    void newFieldsAreAppendedAndUnsetFieldsRemoved() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl",
                "{\"id\":\"t-1\",\"vars\":{},\"note\":\"old\",\"x\":1}\n");

        String saved = editTests(tests -> List.of(new TestCase("t-1", Map.of(), null, List.of(),
                List.of("smoke"), Split.HELDOUT, null)));

        assertThat(saved).isEqualTo("{\"id\":\"t-1\",\"vars\":{},\"x\":1,\"tags\":[\"smoke\"],\"split\":\"heldout\"}\n");
    }

    @Test
    void unknownKeysInsideAssertionsSurviveAnAssertionEdit() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"t\",\"vars\":{},\"assert\":"
                + "[{\"type\":\"equals\",\"value\":\"a\",\"x-note\":\"keep\"},{\"type\":\"contains\",\"value\":\"b\"}]}\n");

        String saved = editTests(tests -> List.of(new TestCase("t", Map.of(), null,
                List.of(new Assertion("equals", "A", null, null), tests.get(0).asserts().get(1),
                        new Assertion("regex", "^c", 2.0, null)),
                List.of(), Split.DEV, null)));

        assertThat(saved).isEqualTo("{\"id\":\"t\",\"vars\":{},\"assert\":[{\"type\":\"equals\",\"value\":\"A\","
                + "\"x-note\":\"keep\"},{\"type\":\"contains\",\"value\":\"b\"},{\"type\":\"regex\",\"value\":\"^c\","
                + "\"weight\":2.0}]}\n");
    }

    @Test
    void recordsFollowTheListOrderNewOnesAreAddedAndRemovedOnesDropped() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl", """
                {"id":"a","vars":{}}
                {"id":"b","vars":{}}
                {"id":"c","vars":{}}
                """);

        String saved = editTests(tests -> List.of(tests.get(2), tests.get(0),
                new TestCase("d", Map.of("q", 1), "x", null, null, null, null)));

        assertThat(saved).isEqualTo("""
                {"id":"c","vars":{}}
                {"id":"a","vars":{}}
                {"id":"d","vars":{"q":1},"expected":"x"}
                """);
    }

    @Test
    void linesThatCouldNotBeReadStayInPlace() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl", """
                {"id":"a","vars":{}}
                {not json
                {"id":"b","vars":{}}

                {"id":"b","vars":{"dup":true}}
                {"vars":{"no":"id"}}
                {"id":"c","vars":{}}
                """);

        String saved = editTests(tests -> List.of(tests.get(1), tests.get(2)));

        // "a" is gone; the broken line it was followed by moves to the start; the rest keeps its place.
        assertThat(saved).isEqualTo("""
                {not json
                {"id":"b","vars":{}}

                {"id":"b","vars":{"dup":true}}
                {"vars":{"no":"id"}}
                {"id":"c","vars":{}}
                """);
    }

    @Test
    void crlfAndAMissingFinalNewlineAreKept() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "examples.jsonl", "{\"id\":\"e1\",\"vars\":{}}\r\n{\"id\":\"e2\",\"vars\":{}}");

        LoadedProject loaded = loader.load(dir);
        List<Example> examples = new ArrayList<>(loaded.project().examples());
        examples.add(new Example("e3", Map.of(), "out", List.of(), null));
        saver.save(dir, loaded.project().withExamples(examples), loaded.snapshot());

        assertThat(ProjectFixtures.read(dir, "examples.jsonl"))
                .isEqualTo("{\"id\":\"e1\",\"vars\":{}}\r\n{\"id\":\"e2\",\"vars\":{}}\r\n{\"id\":\"e3\",\"vars\":{},\"output\":\"out\"}");
    }

    @Test
    void aValueEqualInMeaningDoesNotRewriteTheLine() {
        ProjectFixtures.minimal(dir, Map.of());
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"a\", \"vars\":{\"n\": 3}}\n{\"id\":\"b\",\"vars\":{}}\n");

        String saved = editTests(tests -> List.of(
                new TestCase("a", Map.of("n", 3L), null, List.of(), List.of(), Split.DEV, null),
                withExpected(tests.get(1), "B")));

        assertThat(saved).isEqualTo("{\"id\":\"a\", \"vars\":{\"n\": 3}}\n{\"id\":\"b\",\"vars\":{},\"expected\":\"B\"}\n");
    }

    @Test
    void examplesKeepUnknownKeysToo() {
        ProjectFixtures.rich(dir);
        LoadedProject loaded = loader.load(dir);
        List<Example> examples = new ArrayList<>(loaded.project().examples());
        Example second = examples.get(1);
        examples.set(1, new Example(second.id(), second.vars(), "crash", List.of("bug"), "edited"));

        saver.save(dir, loaded.project().withExamples(examples), loaded.snapshot());

        assertThat(ProjectFixtures.read(dir, "examples.jsonl")).isEqualTo(
                "{\"id\":\"ex-01\",\"vars\":{\"ticket\":\"I was charged twice\"},\"output\":\"billing\",\"tags\":[\"billing\"]}\n"
                        + "{\"id\":\"ex-02\",\"vars\":{\"ticket\":\"App crashes on login\"},\"output\":\"crash\","
                        + "\"x-source\":\"zendesk\",\"tags\":[\"bug\"],\"note\":\"edited\"}");
    }

    private static TestCase withExpected(TestCase t, Object expected) {
        return new TestCase(t.id(), t.vars(), expected, t.asserts(), t.tags(), t.split(), t.note());
    }

    private String editTests(UnaryOperator<List<TestCase>> edit) {
        LoadedProject loaded = loader.load(dir);
        saver.save(dir, loaded.project().withTests(edit.apply(loaded.project().tests())), loaded.snapshot());
        return ProjectFixtures.read(dir, "tests.jsonl");
    }
}
