package dev.promptsmith.dataset;

/**
 * One record taken from an import file.
 *
 * @param line 1-based line where the record starts in the file
 * @param generatedId true when the file gave no id and the importer made one
 */
public record ImportedRecord<T>(int line, T record, boolean generatedId) {
}
