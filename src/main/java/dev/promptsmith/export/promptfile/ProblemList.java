package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects problems found in one file, so callers name the line and the message only. */
final class ProblemList {

    private final String file;
    private final List<Problem> sink;

    ProblemList(String file, List<Problem> sink) {
        this.file = file;
        this.sink = sink;
    }

    ProblemList(String file) {
        this(file, new ArrayList<>());
    }

    /** Problems of an export, which point to the prompt's project file ({@code prompts/NAME.prompt.yaml}). */
    static ProblemList forPrompt(dev.promptsmith.model.PromptVariant prompt) {
        return new ProblemList("prompts/" + prompt.name() + ".prompt.yaml");
    }

    /** The same sink, for problems in another file (e.g. a file the first one refers to). */
    ProblemList forFile(String otherFile) {
        return new ProblemList(otherFile, sink);
    }

    String file() {
        return file;
    }

    void error(int line, String message) {
        sink.add(Problem.error(file, line, 0, message));
    }

    void warning(int line, String message) {
        sink.add(Problem.warning(file, line, 0, message));
    }

    List<Problem> list() {
        return sink;
    }

    boolean hasErrors() {
        return sink.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
