package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files an export produced and what it could not carry over.
 *
 * @param files text of each file by its path relative to the export folder, main file first
 * @param problems errors (the export is wrong or incomplete where they say) and warnings (approximations)
 */
public record ExportResult(Map<String, String> files, List<Problem> problems) {

    public ExportResult {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        problems = List.copyOf(problems);
    }

    public static ExportResult failed(Problem problem) {
        return new ExportResult(Map.of(), List.of(problem));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The path of the main file, or null when nothing was written. */
    public String mainFile() {
        return files.isEmpty() ? null : files.keySet().iterator().next();
    }

    /** This result with more problems appended. */
    public ExportResult withProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ExportResult(files, all);
    }
}
