package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken JSONL lines give problems at the file line and the value's column; the other lines still load. */
class JsonlProblemsTest {

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();

    @BeforeEach
    void minimalProject() {
        ProjectFixtures.minimal(dir, Map.of());
    }

    @Test
    void badJsonOnOneLineIsReportedAtTheFileLineAndTheOtherLinesLoad() {
        ProjectFixtures.write(dir, "tests.jsonl",
                "{\"id\":\"t1\",\"vars\":{}}\n{\"id\":\"t2\", \"vars\": {oops}}\n{\"id\":\"t3\",\"vars\":{}}\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("tests.jsonl", 2, 22,
                "invalid JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start field name;"
                        + " expected one JSON object per line (the line is kept as it is)"));
        assertThat(loaded.project().tests()).extracting(TestCase::id).containsExactly("t1", "t3");
    }

    @Test
    void wrongTypesInsideARecordAreReportedAtTheValueColumn() {
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"t1\", \"vars\": \"x\", \"assert\": [{\"type\":\"eq\","
                + "\"weight\":\"heavy\"}, 5, {\"value\":1}], \"tags\": [1]}\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(
                Problem.error("tests.jsonl", 1, 21, "vars must be an object, found string 'x'"),
                Problem.error("tests.jsonl", 1, 59, "assert[0].weight must be a number, found string 'heavy'"),
                Problem.error("tests.jsonl", 1, 69, "assert[1] must be an object with a type, found number 5"),
                Problem.error("tests.jsonl", 1, 72, "assert[2].type is missing; expected an assertion type such as equals"),
                Problem.error("tests.jsonl", 1, 95, "tags[0] must be a string, found number 1"));
        assertThat(loaded.project().tests()).singleElement().satisfies(test -> {
            assertThat(test.vars()).isEmpty();
            assertThat(test.asserts()).hasSize(1);
        });
    }

    @Test
    void aDuplicateTestIdIsReportedAtTheDuplicateAndTheFirstWins() {
        ProjectFixtures.write(dir, "tests.jsonl",
                "{\"id\":\"t1\",\"vars\":{\"n\":1}}\n\n{\"id\":\"t2\",\"vars\":{}}\n{\"vars\":{}, \"id\":\"t1\"}\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("tests.jsonl", 4, 18,
                "duplicate id 't1' (first defined on line 1); this line is ignored and the first one is used"));
        assertThat(loaded.project().tests()).extracting(TestCase::id).containsExactly("t1", "t2");
        assertThat(loaded.project().tests().get(0).vars()).containsEntry("n", 1);
    }

    @Test
    void aDuplicateExampleIdIsReportedAtTheDuplicate() {
        ProjectFixtures.write(dir, "examples.jsonl", "{\"id\":\"e1\",\"output\":\"a\"}\n{\"id\":\"e1\",\"output\":\"b\"}\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(Problem.error("examples.jsonl", 2, 7,
                "duplicate id 'e1' (first defined on line 1); this line is ignored and the first one is used"));
        assertThat(loaded.project().examples()).extracting(Example::output).containsExactly("a");
    }

    @Test
    void anUnknownSplitIsReportedWithItsColumn() {
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"t1\",\"vars\":{},\"split\":\"test\"}\n");

        assertThat(loader.load(dir).problems()).containsExactly(
                Problem.error("tests.jsonl", 1, 30, "split must be one of dev, heldout, found 'test'"));
    }

    @Test
    void linesThatAreNotRecordsAreReported() {
        ProjectFixtures.write(dir, "tests.jsonl", "[1,2]\n\"str\"\n{\"id\": 5}\n{\"id\":\"\"}\n{\"vars\":{}}\n{\"id\":\"ok\"} trailing\n");

        LoadedProject loaded = loader.load(dir);

        assertThat(loaded.problems()).containsExactly(
                Problem.error("tests.jsonl", 1, 1, "line must be a JSON object, found list"),
                Problem.error("tests.jsonl", 2, 1, "line must be a JSON object, found string 'str'"),
                Problem.error("tests.jsonl", 3, 8, "id must be a string, found number 5"),
                Problem.error("tests.jsonl", 4, 7, "id is empty; expected a unique string id such as \"t-001\""),
                Problem.error("tests.jsonl", 5, 1, "id is missing; expected a unique string id such as \"t-001\""),
                Problem.error("tests.jsonl", 6, 21, "invalid JSON: Unrecognized token 'trailing': was expecting"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); expected one JSON"
                        + " object per line (the line is kept as it is)"));
        assertThat(loaded.project().tests()).isEmpty();
    }

    @Test
    void duplicateKeysInALineAreReported() {
        ProjectFixtures.write(dir, "tests.jsonl", "{\"id\":\"a\",\"id\":\"b\"}\n");

        assertThat(loader.load(dir).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("invalid JSON: Duplicate field 'id'");
        });
    }
}
