package dev.promptsmith.cli;

import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.template.TemplateProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate <project>}: reads every file and renders every prompt for every test case; lists what is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a project: its files, and that every prompt renders for every test case.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    private Path project;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (!Files.isDirectory(project)) {
            spec.commandLine().getErr().println("Not a folder: " + project);
            return Cli.USAGE;
        }
        LoadedProject loaded = new ProjectLoader().load(project);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(renderProblems(loaded.project()));
        problems.forEach(p -> out.println((p.severity() == Problem.Severity.ERROR ? "error: " : "warning: ") + p));
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        Project p = loaded.project();
        out.printf("%s: %d prompts, %d test cases, %d examples; %d errors, %d warnings%n", p.settings().name(),
                p.prompts().size(), p.tests().size(), p.examples().size(), errors, problems.size() - errors);
        return errors == 0 ? Cli.OK : Cli.NOT_MET;
    }

    private static List<Problem> renderProblems(Project project) {
        PromptRenderer renderer = dev.promptsmith.eval.EmbeddingRanker.renderer(new dev.promptsmith.eval.assertion.MiniLmEmbedder());
        List<Problem> problems = new ArrayList<>();
        for (PromptVariant prompt : project.prompts()) {
            String file = "prompts/" + prompt.name() + ".prompt.yaml";
            for (TestCase test : project.tests()) {
                RenderResult result = renderer.render(prompt, test.vars(), project.examples());
                for (TemplateProblem t : result.problems()) {
                    problems.add(Problem.error(file, t.line(), t.column(),
                            t.part() + ": " + t.message() + " (test " + test.id() + ")"));
                }
            }
        }
        return problems;
    }
}
