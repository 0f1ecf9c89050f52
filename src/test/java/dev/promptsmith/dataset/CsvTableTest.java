package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void rowsKnowTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
        CsvTable table = CsvTable.read("t.csv", "a,b\n1,\"x\ny\nz\"\n\n\n2,w\n");

        assertThat(table.header()).containsExactly("a", "b");
        assertThat(table.headerLine()).isEqualTo(1);
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 7);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "x\ny\nz");
        assertThat(table.error()).isEmpty();
    }

    @Test
    void windowsLineBreaksAndAByteOrderMarkAreRead() {
        CsvTable table = CsvTable.read("t.csv", "\uFEFFid,text\r\n1,\"a\r\nb\"\r\n2,c\r\n");

        assertThat(table.header()).containsExactly("id", "text");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("a\r\nb");
    }

    @Test
    void semicolonSeparatedFilesFromSpreadsheetsAreDetected() {
        CsvTable table = CsvTable.read("t.csv", "ticket;expected\n\"a, b\";billing\n");

        assertThat(table.header()).containsExactly("ticket", "expected");
        assertThat(table.rows().get(0).cells()).containsExactly("a, b", "billing");
    }

    @Test
    void anUnclosedQuoteStopsTheReadingAtTheRowWhereItStartsAndKeepsEarlierRows() {
        CsvTable table = CsvTable.read("t.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2);
        assertThat(table.error()).hasValueSatisfying(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.file()).isEqualTo("t.csv");
            assertThat(p.message()).contains("a quoted cell is never closed");
        });
    }

    @Test
    void aShortRowHasEmptyCellsAtTheEnd() {
        CsvTable table = CsvTable.read("t.csv", "a,b,c\n1\n");

        assertThat(table.rows().get(0).cell(2)).isEmpty();
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(CsvTable.read("t.csv", "").hasHeader()).isFalse();
        assertThat(CsvTable.read("t.csv", "\n\n").hasHeader()).isFalse();
    }
}
