package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.ProjectLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private final CsvExporter exporter = new CsvExporter(Fixtures.SYNTAX, Fixtures.JSON.mapper());
    private final CsvImporter<TestCase> importer = new CsvImporter<>(RecordKind.tests(), Fixtures.SYNTAX, Fixtures.JSON.mapper());

    private ImportResult<TestCase> reimport(String csv) {
        CsvTable table = CsvTable.read("out.csv", csv);
        return importer.importTable(table, ColumnMapping.guess(table.header(), RecordKind.tests()), ImportOptions.fresh());
    }

    @Test
    void testsAreWrittenWithVarsAsColumnsAndAssertionsInExpectedColumns() {
        List<TestCase> tests = List.of(
                new TestCase("t-1", Map.of("ticket", "Card declined, twice"), "billing", List.of(
                        new Assertion("equals", "billing", null, null), new Assertion("not-icontains", "sorry", null, null)),
                        List.of("billing", "edge"), Split.HELDOUT, "why"),
                new TestCase("t-2", Map.of("ticket", "Line one\nline two"), null, List.of(), List.of(), Split.DEV, null));

        ExportResult result = exporter.exportTests(tests);

        assertThat(result.text()).isEqualTo("id,ticket,expected,__expected1,__expected2,tags,split,__description\n"
                + "t-1,\"Card declined, twice\",billing,billing,not-icontains:sorry,\"billing, edge\",heldout,why\n"
                + "t-2,\"Line one\nline two\",,,,,dev,\n");
        assertThat(result.exact()).isTrue();
    }

    @Test
    void whatACsvCannotCarryIsNamedInTheNotes() {
        TestCase test = new TestCase("t-1", Map.of("n", 3), Map.of("total", 3), List.of(
                new Assertion("contains", "x", 2.0, null), new Assertion("contains", "y", null, null)),
                List.of("a,b"), Split.DEV, null);

        ExportResult result = exporter.exportTests(List.of(test));

        assertThat(result.text()).startsWith("id,n,expected,__expected,tags,split,__description\n"
                + "t-1,3,\"{\"\"total\"\":3}\",contains:y,\"a,b\",dev,\n");
        assertThat(result.notes()).containsExactly(
                "t-1: assertion 1 (contains) cannot be written in a CSV cell exactly (a weight, or a value a cell cannot hold); it is left out",
                "t-1: variable n is a integer, written as text; it reads back as text",
                "t-1: a tag contains a comma or semicolon, so it reads back as several tags");
    }

    @Test
    void aVariableNamedLikeAnOwnColumnIsWrittenAsVarsDotNameAndReadBackAsThatVariable() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("id", "customer-7");
        vars.put("note", "vip");
        TestCase test = new TestCase("t-1", vars, null, List.of(), List.of(), Split.DEV, null);

        String csv = exporter.exportTests(List.of(test)).text();

        assertThat(csv).startsWith("id,vars.id,vars.note,expected");
        assertThat(reimport(csv).values()).containsExactly(test);
    }

    @Test
    void csvImportedThenExportedThenImportedAgainGivesTheSameRecords() {
        ImportResult<TestCase> first = reimport(Fixtures.resource("promptfoo-tests.csv"));
        ExportResult exported = exporter.exportTests(first.values());
        ImportResult<TestCase> second = reimport(exported.text());

        assertThat(exported.exact()).isTrue();
        assertThat(second.complete()).isTrue();
        assertThat(second.values()).isEqualTo(first.values());
        assertThat(exporter.exportTests(second.values()).text()).isEqualTo(exported.text());
    }

    @Test
    void theSampleProjectsTestsSurviveARoundTripThroughCsv() {
        for (String sample : List.of("support-triage", "context-qa", "invoice-extraction")) {
            List<TestCase> tests = new ProjectLoader().load(Path.of("sample-projects", sample)).project().tests();
            ExportResult exported = exporter.exportTests(tests);

            assertThat(reimport(exported.text()).values()).as(sample).isEqualTo(tests);
            assertThat(exported.notes()).as(sample).isEmpty();
        }
    }

    @Test
    void examplesAreWrittenWithOutputTagsAndNote() {
        List<Example> examples = List.of(new Example("ex-01", Map.of("ticket", "hi"), "billing", List.of("a"), "n"));

        ExportResult result = exporter.exportExamples(examples);
        CsvTable table = CsvTable.read("ex.csv", result.text());
        ImportResult<Example> back = new CsvImporter<>(RecordKind.examples(), Fixtures.SYNTAX, Fixtures.JSON.mapper())
                .importTable(table, ColumnMapping.guess(table.header(), RecordKind.examples()), ImportOptions.fresh());

        assertThat(result.text()).isEqualTo("id,ticket,output,tags,note\nex-01,hi,billing,a,n\n");
        assertThat(back.values()).isEqualTo(examples);
    }
}
