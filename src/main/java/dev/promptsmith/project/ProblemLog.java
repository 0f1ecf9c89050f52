package dev.promptsmith.project;

import dev.promptsmith.model.Problem;
import java.util.List;

/** Collects the problems of one project file; a discarding log serves quiet re-reads during a save. */
final class ProblemLog {

    private final String file;
    private final List<Problem> sink;

    private ProblemLog(String file, List<Problem> sink) {
        this.file = file;
        this.sink = sink;
    }

    static ProblemLog into(String file, List<Problem> sink) {
        return new ProblemLog(file, sink);
    }

    static ProblemLog discarding(String file) {
        return new ProblemLog(file, null);
    }

    boolean isDiscarding() {
        return sink == null;
    }

    void error(int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    void warning(int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    /** A file with bytes that are not UTF-8 is shown, but a save must not write the replacement characters back. */
    void invalidUtf8(SourceText source) {
        error(source.badByteLine(), source.badByteColumn(), "the file is not valid UTF-8 (invalid byte at this position);"
                + " it is opened read-only: save it as UTF-8 to edit it in Promptsmith");
    }

    private void add(Problem problem) {
        if (sink != null) {
            sink.add(problem);
        }
    }
}
