package dev.promptsmith.export.promptfile;

import java.util.List;
import java.util.Locale;

/**
 * One portable prompt file format as a menu or the command line lists it.
 *
 * @param id short stable name, e.g. {@code prompty}
 * @param name what a user reads, e.g. {@code Microsoft Prompty (.prompty)}
 * @param exporter null when the format is import-only
 * @param importer null when the format is export-only
 * @param fileSuffixes file name endings an import recognises, lower case (e.g. {@code .prompty})
 */
public record PromptFileFormat(String id, String name, String description, PromptFileExporter exporter,
                               PromptFileImporter importer, List<String> fileSuffixes) {

    public PromptFileFormat {
        fileSuffixes = List.copyOf(fileSuffixes);
    }

    public boolean canExport() {
        return exporter != null;
    }

    public boolean canImport() {
        return importer != null;
    }

    /** Whether an import would read a file of this name as this format. */
    public boolean recognises(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return canImport() && fileSuffixes.stream().anyMatch(lower::endsWith);
    }
}
