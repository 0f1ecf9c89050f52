package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.DATA;
import static dev.promptsmith.ui.examples.Records.INLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.dataset.ColumnField;
import dev.promptsmith.dataset.ColumnTarget;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing into the test-case table without a window: mapping, preview, problems, confirmation, merge and undo. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    private final List<List<TestCase>> published = new ArrayList<>();
    private TestCasesViewModel table;
    private ImportViewModel<TestCase> importing;

    @BeforeEach
    void setUp() {
        table = new TestCasesViewModel(INLINE, published::add, DATA, List::of, () -> null);
        table.setRecords(Records.tickets());
        importing = table.startImport();
    }

    @Test
    void aCsvWithAMalformedRowShowsItsLineAndImportsTheGoodRowsOnlyAfterConfirmation() throws Exception {
        importing.open(resource("tickets-one-bad-row.csv"));

        assertThat(importing.formatProperty().get()).isEqualTo("CSV");
        assertThat(importing.columns()).extracting(c -> c.header() + " → " + c.getTarget().describe()).containsExactly(
                "id → id", "ticket → var ticket", "expected → expected", "tags → tags", "split → split", "note → note");
        assertThat(importing.preview()).extracting(r -> r.line()).containsExactly(2, 3, 5, 6, 7);
        assertThat(importing.previewHeader()).containsExactly("id", "ticket", "expected", "tags", "split", "note");
        assertThat(importing.getSummary()).isEqualTo("4 imported, 1 refused (line 7)");
        assertThat(importing.problems()).extracting(Problem::toString).containsExactly("tickets-one-bad-row.csv:7: the row"
                + " has 7 cells but the header has 6 columns; a cell with a separator in it must be quoted",
                "tickets-one-bad-row.csv:7:5: split must be dev or heldout, found 'money'");
        assertThat(importing.importLabelProperty().get()).isEqualTo("Import the 4 good rows");

        importing.importRows();

        assertThat(importing.confirmingProperty().get()).isTrue();
        assertThat(published).isEmpty();
        assertThat(importing.doneProperty().get()).isFalse();

        importing.confirmPartial();

        assertThat(importing.doneProperty().get()).isTrue();
        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005", "t-101", "t-102", "t-103", "t-104");
        TestCase multiLine = table.records().get(6);
        assertThat(multiLine.note()).isEqualTo("Customer wrote twice:\nonce by mail, once by chat");
        assertThat(table.records().get(7).split()).isEqualTo(Split.HELDOUT);
        assertThat(table.getStatus()).isEqualTo("Import 4 test cases from tickets-one-bad-row.csv (4 added, 0 replaced)");

        table.undo();
        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005");
    }

    @Test
    void goingBackFromTheConfirmationImportsNothing() throws Exception {
        importing.open(resource("tickets-one-bad-row.csv"));
        importing.importRows();

        importing.cancelConfirmation();
        importing.confirmPartial();

        assertThat(published).isEmpty();
        assertThat(importing.doneProperty().get()).isFalse();
    }

    @Test
    void changingWhereAColumnGoesImportsTheFileAgainWithThatMapping() throws Exception {
        importing.open(resource("tickets-one-bad-row.csv"));

        importing.columns().get(5).targetProperty().set(ColumnTarget.of(ColumnField.IGNORED));

        assertThat(importing.resultProperty().get().values()).extracting(TestCase::note).containsOnlyNulls();
        importing.columns().get(4).targetProperty().set(ColumnTarget.var("split"));
        assertThat(importing.resultProperty().get().values().get(0).vars()).containsEntry("split", "dev");
    }

    @Test
    void aNewMappingImportsTheTextAsOpenedWithoutReadingTheFileAgain() throws Exception {
        Path copy = dir.resolve("tickets.csv");
        java.nio.file.Files.copy(resource("tickets-one-bad-row.csv"), copy);
        importing.open(copy);
        java.nio.file.Files.delete(copy);

        importing.columns().get(5).targetProperty().set(ColumnTarget.of(ColumnField.IGNORED));

        assertThat(importing.getSummary()).isEqualTo("4 imported, 1 refused (line 7)");
        assertThat(importing.resultProperty().get().values()).extracting(TestCase::note).containsOnlyNulls();
    }

    @Test
    void twoColumnsFeedingOneFieldRefuseTheFileWithTheReason() throws Exception {
        importing.open(resource("tickets-one-bad-row.csv"));

        importing.columns().get(1).targetProperty().set(ColumnTarget.of(ColumnField.EXPECTED));

        assertThat(importing.canImportProperty().get()).isFalse();
        assertThat(importing.problems()).extracting(Problem::message).containsExactly(
                "column 'expected' and column 'ticket' both feed expected; map one of them elsewhere or ignore it");
        assertThat(importing.getSummary()).isEqualTo("nothing imported from tickets-one-bad-row.csv: column 'expected' and"
                + " column 'ticket' both feed expected; map one of them elsewhere or ignore it");
    }

    @Test
    void aRowWithAnIdTheTableHasIsRefusedUnlessItMayReplaceTheRecord() throws Exception {
        importing.open(resource("more-tickets.jsonl"));

        assertThat(importing.columns()).isEmpty();
        assertThat(importing.getSummary()).isEqualTo("1 imported, 1 refused (line 1)");

        importing.replaceExistingProperty().set(true);
        assertThat(importing.getSummary()).isEqualTo("2 imported, 0 refused");
        assertThat(importing.importLabelProperty().get()).isEqualTo("Import 2 test cases");
        importing.importRows();

        assertThat(importing.doneProperty().get()).isTrue();
        assertThat(ids()).containsExactly("t-001", "t-002", "t-003", "t-004", "t-005", "t-200");
        assertThat(table.records().get(0).vars()).containsEntry("ticket", "Refund my last invoice, now");
        assertThat(table.getStatus()).endsWith("(1 added, 1 replaced)");
        table.undo();
        assertThat(table.records()).isEqualTo(Records.tickets());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWhole() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'i', 'd', '\n', 'c', 'a', 'f', (byte) 0xe9, '\n'});

        importing.open(file);

        assertThat(importing.canImportProperty().get()).isFalse();
        assertThat(importing.problems()).extracting(Problem::message).singleElement().asString().startsWith("the file is not UTF-8");
        importing.importRows();
        assertThat(published).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadSaysSo() {
        importing.open(dir.resolve("missing.csv"));

        assertThat(importing.getSummary()).startsWith("nothing imported from missing.csv: it could not be read (")
                .contains("missing.csv");
        assertThat(importing.loadingProperty().get()).isFalse();
        assertThat(importing.canImportProperty().get()).isFalse();
    }

    private List<String> ids() {
        return table.records().stream().map(TestCase::id).toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ImportViewModelTest.class.getResource(name).toURI());
    }
}
