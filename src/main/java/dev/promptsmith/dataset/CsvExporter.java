package dev.promptsmith.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.TestCase;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes test cases and examples as CSV that promptfoo reads too: one column per variable, assertions
 * in {@code __expected} columns ({@code __expected1}, {@code __expected2}… when a test has several), the
 * note in {@code __description}; plus {@code id}, {@code expected}, {@code tags} and {@code split}, which
 * promptfoo takes as unused variables and Promptsmith reads back. A variable whose name is one of those
 * columns is written as {@code vars.NAME}. What a cell cannot hold exactly is listed in the notes.
 */
public final class CsvExporter {

    private final ExpectedSyntax syntax;
    private final ObjectMapper json;

    public CsvExporter(ExpectedSyntax syntax, ObjectMapper json) {
        this.syntax = syntax;
        this.json = json;
    }

    public ExportResult exportTests(List<TestCase> tests) {
        List<String> notes = new ArrayList<>();
        List<String> vars = varNames(tests.stream().map(TestCase::vars).toList());
        List<List<String>> assertCells = new ArrayList<>();
        for (TestCase test : tests) {
            assertCells.add(assertionCells(test, notes));
        }
        int asserts = assertCells.stream().mapToInt(List::size).max().orElse(0);
        List<String> header = new ArrayList<>();
        header.add("id");
        vars.forEach(v -> header.add(varColumn(v, RecordKind.tests())));
        header.add("expected");
        for (int i = 1; i <= asserts; i++) {
            header.add(asserts == 1 ? "__expected" : "__expected" + i);
        }
        header.addAll(List.of("tags", "split", "__description"));
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < tests.size(); t++) {
            TestCase test = tests.get(t);
            List<String> row = new ArrayList<>();
            row.add(test.id());
            vars.forEach(v -> row.add(text(test.vars().get(v), test.id(), "variable " + v, notes)));
            row.add(text(test.expected(), test.id(), "expected", notes));
            for (int i = 0; i < asserts; i++) {
                row.add(i < assertCells.get(t).size() ? assertCells.get(t).get(i) : "");
            }
            row.add(tags(test.tags(), test.id(), notes));
            row.add(test.split().key());
            row.add(test.note() == null ? "" : test.note());
            rows.add(row);
        }
        return new ExportResult(print(header, rows), notes);
    }

    public ExportResult exportExamples(List<Example> examples) {
        List<String> notes = new ArrayList<>();
        List<String> vars = varNames(examples.stream().map(Example::vars).toList());
        List<String> header = new ArrayList<>();
        header.add("id");
        vars.forEach(v -> header.add(varColumn(v, RecordKind.examples())));
        header.addAll(List.of("output", "tags", "note"));
        List<List<String>> rows = new ArrayList<>();
        for (Example example : examples) {
            List<String> row = new ArrayList<>();
            row.add(example.id());
            vars.forEach(v -> row.add(text(example.vars().get(v), example.id(), "variable " + v, notes)));
            row.add(example.output() == null ? "" : example.output());
            row.add(tags(example.tags(), example.id(), notes));
            row.add(example.note() == null ? "" : example.note());
            rows.add(row);
        }
        return new ExportResult(print(header, rows), notes);
    }

    private List<String> assertionCells(TestCase test, List<String> notes) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < test.asserts().size(); i++) {
            Assertion assertion = test.asserts().get(i);
            Optional<String> cell = syntax.format(assertion);
            if (cell.isPresent()) {
                cells.add(cell.get());
            } else {
                notes.add(test.id() + ": assertion " + (i + 1) + " (" + assertion.type() + ") cannot be written in a CSV"
                        + " cell exactly (a weight, or a value a cell cannot hold); it is left out");
            }
        }
        return cells;
    }

    /** The variables of all records, in the order they first appear. */
    private static List<String> varNames(List<Map<String, Object>> all) {
        Set<String> names = new LinkedHashSet<>();
        all.forEach(vars -> names.addAll(vars.keySet()));
        return List.copyOf(names);
    }

    /** The header for a variable: its name, unless the importer would read that header as something else. */
    private static String varColumn(String name, RecordKind<?> kind) {
        return new HeaderGuess(kind).guess(name).equals(ColumnTarget.var(name)) ? name : "vars." + name;
    }

    /** A cell's text; an expected object or list is JSON, which the importer reads back as JSON. */
    private String text(Object value, String id, String what, List<String> notes) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        boolean structured = value instanceof Map<?, ?> || value instanceof List<?>;
        if (!(structured && what.equals("expected"))) {
            notes.add(id + ": " + what + " is " + (structured ? "JSON" : "a " + value.getClass().getSimpleName().toLowerCase())
                    + ", written as text; it reads back as text");
        }
        try {
            return structured ? json.writeValueAsString(value) : value.toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tags(List<String> tags, String id, List<String> notes) {
        if (tags.stream().anyMatch(t -> t.contains(",") || t.contains(";"))) {
            notes.add(id + ": a tag contains a comma or semicolon, so it reads back as several tags");
        }
        return String.join(", ", tags);
    }

    private static String print(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
