package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The realistic import fixtures under src/test/resources, and a readable form of problems for assertions. */
final class ImportFiles {

    static final Path ROOT = Path.of("src/test/resources/dev/promptsmith/export/promptfile/import");

    private ImportFiles() {
    }

    static ImportResult read(String format, String file) {
        return Samples.FORMATS.importFile(ROOT.resolve(format).resolve(file));
    }

    /** {@code SEVERITY file:line: message} per problem, one per line. */
    static String describe(List<Problem> problems) {
        return problems.stream().map(p -> p.severity() + " " + p).collect(Collectors.joining("\n"));
    }
}
