package dev.promptsmith.dataset;

import java.util.function.UnaryOperator;

/**
 * One file to import.
 *
 * @param file the file's name, as problems will name it
 * @param mapping adjusts the guessed column mapping of a table format; identity for none
 */
public record ImportRequest<T>(String file, String text, RecordKind<T> kind, ImportOptions options,
                               UnaryOperator<ColumnMapping> mapping) {

    public ImportRequest(String file, String text, RecordKind<T> kind, ImportOptions options) {
        this(file, text, kind, options, UnaryOperator.identity());
    }
}
