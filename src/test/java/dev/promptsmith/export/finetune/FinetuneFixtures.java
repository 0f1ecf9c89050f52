package dev.promptsmith.export.finetune;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import java.nio.file.Path;
import java.util.List;

/** The sample support-triage project, whose tests t-018, t-020, t-021 and t-024 are held out. */
final class FinetuneFixtures {

    static final List<String> HELD_OUT = List.of("t-018", "t-020", "t-021", "t-024");

    private FinetuneFixtures() {
    }

    static Project supportTriage() {
        LoadedProject loaded = new ProjectLoader().load(Path.of("sample-projects", "support-triage"));
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("The sample project has problems: " + loaded.problems());
        }
        Project project = loaded.project();
        List<String> heldOut = project.tests().stream().filter(t -> t.split() == Split.HELDOUT).map(TestCase::id).toList();
        if (!heldOut.equals(HELD_OUT)) {
            throw new IllegalStateException("The sample's held-out tests changed: " + heldOut);
        }
        return project;
    }

    static String ticket(Project project, String testId) {
        return (String) project.test(testId).orElseThrow().vars().get("ticket");
    }
}
