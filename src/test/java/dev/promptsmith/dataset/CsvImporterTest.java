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

class CsvImporterTest {

    private final CsvImporter<TestCase> tests = new CsvImporter<>(RecordKind.tests(), Fixtures.SYNTAX, Fixtures.JSON.mapper());

    private ImportResult<TestCase> importTests(String text, ImportOptions options) {
        CsvTable table = CsvTable.read("in.csv", text);
        return tests.importTable(table, ColumnMapping.guess(table.header(), RecordKind.tests()), options);
    }

    @Test
    void aPromptfooCsvBecomesTestCasesAndTheCodeAssertionRowIsRefusedWithItsLine() {
        ImportResult<TestCase> result = importTests(Fixtures.resource("promptfoo-tests.csv"), ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("4 imported, 1 refused (line 7)");
        assertThat(result.records()).extracting(ImportedRecord::line).containsExactly(2, 3, 6, 8);
        TestCase first = result.values().get(0);
        assertThat(first.vars()).isEqualTo(Map.of("ticket", "My card was declined, twice."));
        assertThat(first.asserts()).containsExactly(new Assertion("equals", "billing", null, null),
                new Assertion("icontains", "card", null, null));
        assertThat(first.note()).isEqualTo("Plain label");
        assertThat(result.values().get(1).vars().get("ticket")).isEqualTo("Line one\nline two of a quoted cell");
        assertThat(result.values().get(2).asserts()).containsExactly(new Assertion("similar", "account access", null, 0.8),
                new Assertion("levenshtein", "account", null, 3.0));
        assertThat(result.values().get(3).asserts()).containsExactly(
                new Assertion("contains-any", List.of("late", "delayed", "lost"), null, null),
                new Assertion("is-json", null, null, null));
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("__expected1").contains("runs code");
        });
        assertThat(result.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("__metadata:owner").contains("ignored");
    }

    @Test
    void rowsWithoutIdsAreNumberedAfterTheHighestIdInTheProjectOrTheFile() {
        String csv = "id,ticket\n,a\nt-026,b\n,c\n";
        ImportResult<TestCase> result = importTests(csv, new ImportOptions(Set.of("t-001", "t-024", "x-900"), false));

        assertThat(result.values()).extracting(TestCase::id).containsExactly("t-027", "t-026", "t-028");
        assertThat(result.records()).extracting(ImportedRecord::generatedId).containsExactly(true, false, true);
    }

    @Test
    void aDuplicateIdInTheFileRefusesTheLaterRow() {
        ImportResult<TestCase> result = importTests("id,ticket\nt-1,a\nt-1,b\n", ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("1 imported, 1 refused (line 3)");
        assertThat(result.errors()).extracting(Problem::toString)
                .containsExactly("in.csv:3: duplicate id 't-1' (first given on line 2); this row is refused");
    }

    @Test
    void anIdTheProjectHasIsRefusedUnlessReplacingIsAsked() {
        String csv = "id,ticket\nt-001,a\n";

        assertThat(importTests(csv, new ImportOptions(Set.of("t-001"), false)).errors()).singleElement()
                .extracting(Problem::message).asString().contains("already has test case 't-001'");
        assertThat(importTests(csv, new ImportOptions(Set.of("t-001"), true)).imported()).isEqualTo(1);
    }

    @Test
    void expectedTagsSplitAndNoteColumnsFillTheirFields() {
        String csv = "ticket,expected,tags,split,note\n"
                + "a,billing,\"billing; edge, billing\",heldout,why\n"
                + "b,\"{\"\"total\"\": 3}\",,,\n";
        ImportResult<TestCase> result = importTests(csv, ImportOptions.fresh());

        TestCase first = result.values().get(0);
        assertThat(first.expected()).isEqualTo("billing");
        assertThat(first.tags()).containsExactly("billing", "edge");
        assertThat(first.split()).isEqualTo(Split.HELDOUT);
        assertThat(first.note()).isEqualTo("why");
        TestCase second = result.values().get(1);
        assertThat(second.expected()).isEqualTo(Map.of("total", 3));
        assertThat(second.split()).isEqualTo(Split.DEV);
        assertThat(second.note()).isNull();
    }

    @Test
    void aBadSplitTooManyCellsOrAValueInAnUnsupportedColumnRefuseTheRow() {
        String csv = "ticket,split,__prefix\na,later,\nb,dev,\"Answer in French:\"\nc,dev,,extra\nd,dev,\n";
        ImportResult<TestCase> result = importTests(csv, ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("1 imported, 3 refused (lines 2, 3, 4)");
        assertThat(result.errors()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("split must be dev or heldout, found 'later'"),
                m -> assertThat(m).contains("column '__prefix' has a value").contains("ignore it"),
                m -> assertThat(m).contains("the row has 4 cells but the header has 3 columns"));
    }

    @Test
    void ignoringAnUnsupportedColumnLetsItsRowsIn() {
        CsvTable table = CsvTable.read("in.csv", "ticket,__prefix\na,Answer in French:\n");
        ColumnMapping mapping = ColumnMapping.guess(table.header(), RecordKind.tests())
                .with("__prefix", ColumnTarget.of(ColumnField.IGNORED));

        assertThat(tests.importTable(table, mapping, ImportOptions.fresh()).complete()).isTrue();
    }

    @Test
    void aMappingErrorRefusesTheWholeFile() {
        CsvTable table = CsvTable.read("in.csv", "a,b\n1,2\n");
        ColumnMapping mapping = new ColumnMapping(table.header(), List.of(ColumnTarget.of(ColumnField.ID),
                ColumnTarget.of(ColumnField.ID)));

        ImportResult<TestCase> result = tests.importTable(table, mapping, ImportOptions.fresh());

        assertThat(result.fileRefused()).isTrue();
        assertThat(result.summary()).startsWith("nothing imported from in.csv: ").contains("column 'b' and column 'a' both feed id");
        assertThat(result.errors()).singleElement().extracting(Problem::line).isEqualTo(1);
    }

    @Test
    void rowsOfBareSeparatorsThatSpreadsheetsLeaveBehindAreSkipped() {
        ImportResult<TestCase> result = importTests("ticket,expected\na,b\n,\n , \n", ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("1 imported, 0 refused");
    }

    @Test
    void anEmptyFileIsRefusedWithAMessageSayingWhatWasExpected() {
        ImportResult<TestCase> result = importTests("", ImportOptions.fresh());

        assertThat(result.fileRefused()).isTrue();
        assertThat(result.errors()).singleElement().extracting(Problem::message).asString().contains("header row");
    }

    @Test
    void aBrokenQuoteKeepsTheRowsBeforeItAndRefusesTheRest() {
        ImportResult<TestCase> result = importTests("ticket\na\n\"b\nc\n", ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("1 imported, 1 refused (line 3)");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void examplesTakeTheirOutputFromTheExpectedOrOutputColumn() {
        CsvImporter<Example> examples = new CsvImporter<>(RecordKind.examples(), Fixtures.SYNTAX, Fixtures.JSON.mapper());
        CsvTable table = CsvTable.read("ex.csv", "ticket,expected,tags,note\nhi,billing,\"a,b\",n\n");

        ImportResult<Example> result = examples.importTable(table,
                ColumnMapping.guess(table.header(), RecordKind.examples()), new ImportOptions(Set.of("ex-07"), false));

        assertThat(result.values()).containsExactly(new Example("ex-08", Map.of("ticket", "hi"), "billing",
                List.of("a", "b"), "n"));
    }
}
