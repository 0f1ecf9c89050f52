package dev.promptsmith.cli;

import dev.promptsmith.model.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems the way {@code validate} does: {@code error: file:line:column: message}. */
final class ProblemLines {

    private ProblemLines() {
    }

    static void print(PrintWriter out, List<Problem> problems) {
        problems.forEach(p -> out.println((p.severity() == Problem.Severity.ERROR ? "error: " : "warning: ") + p));
    }
}
