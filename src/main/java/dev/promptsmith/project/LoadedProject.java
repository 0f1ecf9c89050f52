package dev.promptsmith.project;

import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import java.util.List;

/**
 * A project as loaded: the domain model, everything found wrong while reading it, and the snapshot a
 * later save needs to keep the files as the user wrote them.
 */
public record LoadedProject(Project project, List<Problem> problems, ProjectSnapshot snapshot) {

    public LoadedProject {
        problems = List.copyOf(problems);
    }
}
