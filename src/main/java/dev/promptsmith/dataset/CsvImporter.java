package dev.promptsmith.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rows of a CSV table into test cases or examples through a {@link ColumnMapping}. Each row
 * is taken whole or refused whole with its problems; nothing in a refused row is kept.
 */
public final class CsvImporter<T> {

    private final RecordKind<T> kind;
    private final ExpectedSyntax syntax;
    private final CellValues cells;

    public CsvImporter(RecordKind<T> kind, ExpectedSyntax syntax, ObjectMapper json) {
        this.kind = kind;
        this.syntax = syntax;
        this.cells = new CellValues(json);
    }

    public ImportResult<T> importTable(CsvTable table, ColumnMapping mapping, ImportOptions options) {
        String file = table.file();
        if (!table.hasHeader()) {
            List<Problem> problems = new ArrayList<>();
            problems.add(table.error().orElse(Problem.error(file, 1, 0, "the file is empty; expected a header row"
                    + " naming the columns, then one row per " + kind.noun())));
            return ImportResult.unreadable(file, problems);
        }
        List<Problem> mappingProblems = mapping.check(kind, file, table.headerLine());
        if (mappingProblems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            return ImportResult.unreadable(file, mappingProblems);
        }
        ImportCollector<T> collector = new ImportCollector<>(file, kind, options);
        mappingProblems.forEach(collector::fileProblem);
        for (CsvRow row : table.rows()) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                // Spreadsheets leave rows of bare separators after the data; they hold nothing to import.
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            RowFields fields = read(row, mapping, file, problems);
            collector.row(row.line(), kind.fromRow(fields), problems);
        }
        table.error().ifPresent(p -> collector.refuse(p.line(), p));
        return collector.build();
    }

    private RowFields read(CsvRow row, ColumnMapping mapping, String file, List<Problem> problems) {
        if (row.cells().size() > mapping.header().size()) {
            problems.add(Problem.error(file, row.line(), 0, "the row has " + row.cells().size() + " cells but the header has "
                    + mapping.header().size() + " columns; a cell with a separator in it must be quoted"));
        }
        String id = null;
        Map<String, Object> vars = new LinkedHashMap<>();
        Object expected = null;
        List<Assertion> asserts = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Split split = null;
        String note = null;
        String output = null;
        for (int i = 0; i < mapping.header().size(); i++) {
            String cell = row.cell(i);
            ColumnTarget target = mapping.target(i);
            switch (target.field()) {
                case VAR -> vars.put(target.varName(), cell);
                case EXPECTED -> expected = cells.expected(cell);
                case ASSERTION -> assertion(cell, i, row, mapping, file, problems).ifPresent(asserts::add);
                case ID -> id = cell.isBlank() ? null : cell.strip();
                case TAGS -> tags.addAll(CellValues.tags(cell).stream().filter(t -> !tags.contains(t)).toList());
                case SPLIT -> split = split(cell, i, row, file, problems);
                case NOTE -> note = cell.isBlank() ? null : cell;
                case OUTPUT -> output = cell.isBlank() ? null : cell;
                case IGNORED -> { }
                case UNSUPPORTED -> {
                    if (!cell.isBlank()) {
                        problems.add(Problem.error(file, row.line(), i + 1, mapping.name(i) + " has a value, but "
                                + target.reason() + "; map the column to a field, or ignore it to import without it"));
                    }
                }
            }
        }
        return new RowFields(id, vars, expected, asserts, tags, split, note, output);
    }

    private Optional<Assertion> assertion(String cell, int column, CsvRow row, ColumnMapping mapping, String file,
                                          List<Problem> problems) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        ParsedAssertion parsed = syntax.parse(cell);
        if (parsed.problem() != null) {
            problems.add(Problem.error(file, row.line(), column + 1, mapping.name(column) + ": " + parsed.problem()));
        }
        return parsed.value();
    }

    private static Split split(String cell, int column, CsvRow row, String file, List<Problem> problems) {
        Optional<Split> split = CellValues.split(cell);
        if (split.isEmpty()) {
            problems.add(Problem.error(file, row.line(), column + 1, "split must be dev or heldout, found '"
                    + cell.strip() + "'"));
        }
        return split.orElse(null);
    }
}
