package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRecordsImporterTest {

    private final JsonRecordsImporter<TestCase> tests = new JsonRecordsImporter<>(RecordKind.tests(), Fixtures.JSON);

    @Test
    void jsonLinesInTheProjectsOwnShapeAreReadWithTheirLines() {
        String text = "{\"id\":\"t-1\",\"vars\":{\"ticket\":\"a\"},\"expected\":\"billing\","
                + "\"assert\":[{\"type\":\"equals\",\"value\":\"billing\"}],\"tags\":[\"edge\"],\"split\":\"heldout\",\"note\":\"n\"}\n"
                + "\n"
                + "{\"vars\":{\"ticket\":\"b\"}}\n";

        ImportResult<TestCase> result = tests.importJsonl("in.jsonl", text, new ImportOptions(Set.of("t-003"), false));

        assertThat(result.complete()).isTrue();
        assertThat(result.records()).extracting(ImportedRecord::line).containsExactly(1, 3);
        assertThat(result.values().get(0)).isEqualTo(new TestCase("t-1", Map.of("ticket", "a"), "billing",
                List.of(new Assertion("equals", "billing", null, null)), List.of("edge"), Split.HELDOUT, "n"));
        assertThat(result.values().get(1).id()).isEqualTo("t-004");
        assertThat(result.records().get(1).generatedId()).isTrue();
    }

    @Test
    void invalidLinesAndWrongTypesRefuseTheirLineWithAColumn() {
        String text = "{\"id\":\"a\",\"vars\":{}}\n{\"id\":\"b\",\"vars\":\n[1,2]\n{\"id\":\"c\",\"tags\":\"billing\"}\n"
                + "{\"id\":\"d\",\"id\":\"e\"}\n{\"id\":\" \"}\n";

        ImportResult<TestCase> result = tests.importJsonl("in.jsonl", text, ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("1 imported, 5 refused (lines 2, 3, 4, 5, 6)");
        assertThat(result.errors()).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(result.errors().get(0).message()).startsWith("invalid JSON");
        assertThat(result.errors().get(1).message()).contains("found a list");
        assertThat(result.errors().get(2).toString()).isEqualTo("in.jsonl:4:18: tags must be a list, found string 'billing'");
        assertThat(result.errors().get(3).message()).contains("Duplicate field 'id'");
        assertThat(result.errors().get(4).message()).contains("id is empty");
    }

    @Test
    void keysARecordDoesNotHaveAreReportedNotDroppedSilently() {
        ImportResult<TestCase> result = tests.importJsonl("in.jsonl",
                "{\"id\":\"a\",\"description\":\"x\",\"options\":{}}\n", ImportOptions.fresh());

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.warnings()).extracting(Problem::message)
                .containsExactly("not imported: description, options (keys a test case does not have)");
    }

    @Test
    void aJsonArrayNamesTheLineEachObjectStartsOn() {
        String text = "[\n  {\"id\": \"a\",\n   \"vars\": {\"ticket\": \"x\"}},\n  {\"id\": \"b\",\n   \"split\": \"later\"},\n  {\"vars\": {}}\n]\n";

        ImportResult<TestCase> result = tests.importJsonArray("in.json", text, ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("2 imported, 1 refused (line 4)");
        assertThat(result.records()).extracting(ImportedRecord::line).containsExactly(2, 6);
        assertThat(result.errors()).extracting(Problem::toString)
                .containsExactly("in.json:4: split must be one of dev, heldout, found 'later'");
    }

    @Test
    void aJsonFileThatIsNotAnArrayIsRefusedWhole() {
        ImportResult<TestCase> result = tests.importJsonArray("in.json", "{\"id\":\"a\"}", ImportOptions.fresh());

        assertThat(result.fileRefused()).isTrue();
        assertThat(result.errors()).singleElement().extracting(Problem::message).asString().contains("JSON array");
    }

    @Test
    void brokenJsonInsideAnArrayKeepsTheObjectsBeforeIt() {
        ImportResult<TestCase> result = tests.importJsonArray("in.json", "[{\"id\":\"a\"},\n{\"id\": }]",
                ImportOptions.fresh());

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.refusedLines()).containsExactly(2);
    }

    @Test
    void examplesAreReadWithTheExamplesFileRules() {
        JsonRecordsImporter<Example> examples = new JsonRecordsImporter<>(RecordKind.examples(), Fixtures.JSON);

        ImportResult<Example> result = examples.importJsonl("ex.jsonl",
                "{\"vars\":{\"ticket\":\"hi\"},\"output\":\"billing\",\"expected\":\"x\"}\n", ImportOptions.fresh());

        assertThat(result.values()).containsExactly(new Example("ex-01", Map.of("ticket", "hi"), "billing", List.of(), null));
        assertThat(result.warnings()).singleElement().extracting(Problem::message).asString().contains("expected");
    }
}
