package dev.promptsmith.dataset;

import dev.promptsmith.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV text with Commons CSV, keeping the line each record starts on. */
final class CsvTableReader {

    private static final char BOM = '\uFEFF';

    CsvTable read(String file, String source) {
        String text = !source.isEmpty() && source.charAt(0) == BOM ? source.substring(1) : source;
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(detectDelimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = List.of();
        int headerLine = 0;
        List<CsvRow> rows = new ArrayList<>();
        long linesConsumed = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lines.lineAt(firstCharacter(text, record.getCharacterPosition()));
                if (headerLine == 0) {
                    header = record.toList();
                    headerLine = line;
                } else {
                    rows.add(new CsvRow(line, record.toList()));
                }
                linesConsumed = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            int line = (int) linesConsumed + 1;
            return new CsvTable(file, headerLine, header, rows, Problem.error(file, line, 0,
                    "the CSV cannot be read from this line on (" + reason(e) + "); rows from here to the end are not imported"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(file, headerLine, header, rows, null);
    }

    /** Blank lines before a record are skipped by the parser but counted in its position. */
    private static long firstCharacter(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is never closed";
        }
        if (message.contains("Invalid char between encapsulated token and delimiter")) {
            return "text follows a closing quote; a quote inside a quoted cell must be doubled (\"\")";
        }
        return message;
    }
}
