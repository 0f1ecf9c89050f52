package dev.promptsmith.dataset;

import dev.promptsmith.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import took and what it refused: the records read from a file, each with its line, and every
 * problem found. A row with an error is refused whole; warnings leave the row in. The caller decides
 * whether a result with refusals is good enough to keep.
 *
 * @param file the imported file's name, as problems name it
 * @param records the accepted records in file order
 * @param problems errors (a row refused, or the whole file) and warnings, in file order
 * @param refusedLines the 1-based first line of each refused row, ascending
 * @param fileRefused true when the file could not be read as a table or list of records at all
 */
public record ImportResult<T>(String file, List<ImportedRecord<T>> records, List<Problem> problems,
                              List<Integer> refusedLines, boolean fileRefused) {

    public ImportResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        refusedLines = List.copyOf(refusedLines);
    }

    /** A result for a file that could not be read at all. */
    public static <T> ImportResult<T> unreadable(String file, List<Problem> problems) {
        return new ImportResult<>(file, List.of(), problems, List.of(), true);
    }

    /** A result for a file that is not UTF-8 text, saying how to save it. */
    public static <T> ImportResult<T> notUtf8(String file) {
        return unreadable(file, List.of(Problem.error(file, 0, 0,
                "the file is not UTF-8 text; save it as UTF-8 (spreadsheets offer \"CSV UTF-8\") and import it again")));
    }

    /** The accepted records without their lines. */
    public List<T> values() {
        return records.stream().map(ImportedRecord::record).toList();
    }

    public int imported() {
        return records.size();
    }

    public int refused() {
        return refusedLines.size();
    }

    /** Whether everything in the file was taken: no refused row and a readable file. */
    public boolean complete() {
        return refusedLines.isEmpty() && !fileRefused;
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    /** "12 imported, 2 refused (lines 4, 9)", or "nothing imported from f.csv: " and why, when nothing could be taken. */
    public String summary() {
        if (fileRefused) {
            // The first error says why (a mapping two columns feed, an empty file): "could not be read"
            // alone sent people looking for a broken file when the mapping was at fault.
            List<Problem> errors = errors();
            return "nothing imported from " + file + ": " + (errors.isEmpty() ? "it could not be read"
                    : errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        String text = imported() + " imported, " + refused() + " refused";
        if (refusedLines.isEmpty()) {
            return text;
        }
        return text + " (line" + (refused() == 1 ? " " : "s ")
                + refusedLines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
