package dev.promptsmith.export.code;

import java.util.List;

/**
 * The generated code, or why there is none: each problem names the prompt file and the part of the
 * prompt at fault, in words a user can act on. Never both, so half-generated code is never handed out.
 */
public record CodeExportResult(ExportedCode code, List<String> problems) {

    public CodeExportResult {
        problems = List.copyOf(problems);
        if (!problems.isEmpty()) {
            code = null;
        }
    }

    public static CodeExportResult of(ExportedCode code) {
        return new CodeExportResult(code, List.of());
    }

    public static CodeExportResult failed(List<String> problems) {
        return new CodeExportResult(null, problems);
    }

    public boolean ok() {
        return code != null;
    }
}
