package dev.promptsmith.cli;

import dev.promptsmith.export.promptfile.ImportResult;
import dev.promptsmith.export.promptfile.PromptFileFormats;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.project.SaveResult;
import dev.promptsmith.template.PromptRenderer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-prompt <project> <file>}: brings a Prompty, Dotprompt, promptfoo or chat JSON file
 * into the project — its prompts, and from promptfoo its tests, models and examples — and lists
 * what could not be mapped. Prompt, test and example names already in the project are refused unless
 * {@code --replace}; models the project already has are kept as they are.
 */
@Command(name = "import-prompt", mixinStandardHelpOptions = true,
        description = "Import prompts (and promptfoo tests) from Prompty, Dotprompt, promptfoo or chat JSON files.")
final class ImportPromptCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .prompty, .prompt, promptfooconfig.yaml or chat .json file.")
    Path file;

    @Option(names = "--format", description = "prompty, dotprompt, promptfoo or chat-json (default: from the file name).")
    String format;

    @Option(names = "--replace", description = "Replace prompts, tests, examples and models whose names are taken.")
    boolean replace;

    @Option(names = "--dry-run", description = "Say what would be imported and write nothing.")
    boolean dryRun;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project) || !Files.isRegularFile(file)) {
            err.println(!Files.isDirectory(project) ? "Not a folder: " + project : "Not a file: " + file);
            return Cli.USAGE;
        }
        PromptFileFormats formats = PromptFileFormats.standard(new PromptRenderer());
        ImportResult imported = format == null ? formats.importFile(file) : formats.importFile(file, format);
        imported.problems().forEach(p -> err.println(p.severity().name().toLowerCase() + ": " + p));
        if (imported.hasErrors() || imported.prompts().isEmpty()) {
            err.println("Nothing imported: " + (imported.prompts().isEmpty() ? "no prompt could be read" : "the file has errors"));
            return Cli.NOT_MET;
        }
        LoadedProject loaded = new ProjectLoader().load(project);
        Project current = loaded.project();
        List<String> clashes = new ArrayList<>();
        List<PromptVariant> prompts = merge(current.prompts(), imported.prompts(), PromptVariant::name, clashes, "prompt");
        List<TestCase> tests = merge(current.tests(), imported.tests(), TestCase::id, clashes, "test");
        List<Example> examples = merge(current.examples(), imported.examples(), Example::id, clashes, "example");
        // The project's own models win: a file's model settings never change one the project already has.
        Set<String> known = current.settings().models().stream().map(ModelRef::id).collect(Collectors.toSet());
        List<ModelRef> models = new ArrayList<>(current.settings().models());
        imported.models().stream().filter(m -> !known.contains(m.id())).forEach(models::add);
        if (!clashes.isEmpty() && !replace) {
            err.println("Already in the project (use --replace to overwrite): " + String.join(", ", clashes));
            return Cli.NOT_MET;
        }
        Project updated = current.withPrompts(prompts).withTests(tests).withExamples(examples)
                .withSettings(current.settings().withModels(models));
        out.println((dryRun ? "Would import " : "Imported ") + describe(imported, models.size() - known.size())
                + " from " + file.getFileName());
        if (dryRun) {
            return Cli.OK;
        }
        SaveResult saved = new ProjectSaver().save(project, updated, loaded.snapshot());
        saved.written().forEach(path -> err.println("Wrote " + path));
        return Cli.OK;
    }

    private static <T> List<T> merge(List<T> existing, List<T> added, java.util.function.Function<T, String> key,
                                     List<String> clashes, String what) {
        java.util.Map<String, T> incoming = new java.util.LinkedHashMap<>();
        added.forEach(item -> incoming.put(key.apply(item), item));
        List<T> merged = new ArrayList<>();
        for (T item : existing) {
            T replacement = incoming.get(key.apply(item));
            if (replacement == null || replacement.equals(item)) {
                // The same record again (a model both already use) is no clash.
                incoming.remove(key.apply(item));
                merged.add(item);
            } else {
                clashes.add(what + " " + key.apply(item));
            }
        }
        merged.addAll(incoming.values());
        return merged;
    }

    private static String describe(ImportResult r, int newModels) {
        return r.prompts().size() + " prompt" + (r.prompts().size() == 1 ? "" : "s") + " ("
                + r.prompts().stream().map(PromptVariant::name).collect(Collectors.joining(", ")) + "), "
                + r.tests().size() + " tests, " + r.examples().size() + " examples, " + newModels + " new models";
    }
}
