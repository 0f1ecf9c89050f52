package dev.promptsmith.dataset;

import dev.promptsmith.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers the rows of one import and turns them into an {@link ImportResult}: a row with an error is
 * refused whole, a repeated id refuses the later row, and ids are made for rows without one once every
 * given id is known, so a generated id never takes an id that a later row gives.
 */
final class ImportCollector<T> {

    private final String file;
    private final RecordKind<T> kind;
    private final ImportOptions options;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Row<T>> rows = new ArrayList<>();
    private final Set<Integer> refused = new TreeSet<>();
    private final Map<String, Integer> firstLineById = new HashMap<>();

    private record Row<T>(int line, T record) {
    }

    ImportCollector(String file, RecordKind<T> kind, ImportOptions options) {
        this.file = file;
        this.kind = kind;
        this.options = options;
    }

    String file() {
        return file;
    }

    /** A problem about the file as a whole (the header, a column); it refuses no row by itself. */
    void fileProblem(Problem problem) {
        problems.add(problem);
    }

    /** A line that could not be read at all. */
    void refuse(int line, Problem problem) {
        problems.add(problem);
        refused.add(line);
    }

    /**
     * One row as read.
     *
     * @param record null when the row could not become a record; its id is null when the row gave none
     * @param rowProblems what was found in the row; any error refuses it
     */
    void row(int line, T record, List<Problem> rowProblems) {
        List<Problem> found = new ArrayList<>(rowProblems);
        String id = record == null ? null : kind.id(record);
        if (id != null) {
            Integer first = firstLineById.putIfAbsent(id, line);
            if (first != null) {
                found.add(Problem.error(file, line, 0, "duplicate id '" + id + "' (first given on line " + first
                        + "); this row is refused"));
            } else if (options.existingIds().contains(id) && !options.replaceExisting()) {
                found.add(Problem.error(file, line, 0, "the project already has " + kind.noun() + " '" + id
                        + "'; this row is refused (import with replace to overwrite it)"));
            }
        }
        problems.addAll(found);
        boolean error = record == null || found.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        if (error) {
            refused.add(line);
        } else {
            rows.add(new Row<>(line, record));
        }
    }

    ImportResult<T> build() {
        Set<String> taken = new HashSet<>(options.existingIds());
        taken.addAll(firstLineById.keySet());
        IdAllocator ids = new IdAllocator(kind.idPrefix(), kind.idDigits(), taken);
        List<ImportedRecord<T>> records = new ArrayList<>();
        for (Row<T> row : rows) {
            boolean generated = kind.id(row.record()) == null;
            T record = generated ? kind.withId(row.record(), ids.next()) : row.record();
            records.add(new ImportedRecord<>(row.line(), record, generated));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return new ImportResult<>(file, records, sorted, List.copyOf(refused), false);
    }
}
