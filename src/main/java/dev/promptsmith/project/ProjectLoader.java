package dev.promptsmith.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a project folder (format version 1). Content problems never throw: they come back as
 * {@link Problem}s and the rest of the project still opens. Only an unreadable folder throws.
 */
public final class ProjectLoader {

    private final ObjectMapper mapper = JsonSupport.newMapper();
    private final YamlFiles yamlFiles = new YamlFiles();
    private final JsonlFile<Example> examplesFile = new JsonlFile<>(mapper, new ExampleJson(mapper));
    private final JsonlFile<TestCase> testsFile = new JsonlFile<>(mapper, new TestCaseJson(mapper));

    public LoadedProject load(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new NotDirectoryException(dir.toString()));
        }
        List<Problem> problems = new ArrayList<>();
        FolderReader folder = new FolderReader(dir, problems);

        SettingsFile.Loaded settings = loadSettings(folder, folderName(dir), problems);
        JsonlSource<Example> examples = loadJsonl(folder, ProjectLayout.EXAMPLES, examplesFile, problems);
        JsonlSource<TestCase> tests = loadJsonl(folder, ProjectLayout.TESTS, testsFile, problems);
        SchemaFiles schemas = new SchemaFiles(dir);
        Set<String> exampleIds = examples.records().stream().map(Example::id).collect(Collectors.toSet());

        List<PromptVariant> variants = new ArrayList<>();
        Map<String, YamlSource<PromptVariant>> promptSources = new LinkedHashMap<>();
        for (String path : folder.list(ProjectLayout.PROMPTS_DIR, ProjectLayout.PROMPT_SUFFIX)) {
            Optional<String> name = ProjectLayout.promptName(path);
            if (name.isEmpty()) {
                problems.add(Problem.warning(path, 0, 0, "the file name is not a usable prompt name; the file is ignored"));
                continue;
            }
            Optional<SourceText> text = folder.read(path);
            if (text.isEmpty()) {
                continue;
            }
            PromptFile.Loaded loaded = new PromptFile(yamlFiles).read(name.get(), text.get(),
                    ProblemLog.into(path, problems), schemas, exampleIds);
            if (loaded.variant() != null) {
                variants.add(loaded.variant());
            }
            if (loaded.source() != null) {
                promptSources.put(name.get(), loaded.source());
            } else {
                folder.markReadOnly(path);
            }
        }
        // Schemas named by json-schema assertions are loaded too, so assertions find them; a bad
        // path there is the assertion's to report when it runs, not a load problem.
        java.util.stream.Stream.concat(settings.settings().defaultAssert().stream(),
                        tests.records().stream().flatMap(t -> t.asserts().stream()))
                .filter(a -> a.type().endsWith("json-schema") && a.value() instanceof String)
                .forEach(a -> schemas.check((String) a.value()));
        Map<String, String> schemaTexts = new SchemaCheck(mapper, folder, problems).check(schemas.referenced());

        Project project = new Project(settings.settings(), variants, examples.records(), tests.records(), schemaTexts);
        ProjectSnapshot snapshot = new ProjectSnapshot(dir, folder.files(), folder.readOnly(), settings.source(),
                promptSources, folder.readOnly().contains(ProjectLayout.EXAMPLES) ? null : examples,
                folder.readOnly().contains(ProjectLayout.TESTS) ? null : tests);
        return new LoadedProject(project, problems, snapshot);
    }

    private SettingsFile.Loaded loadSettings(FolderReader folder, String folderName, List<Problem> problems) {
        ProblemLog log = ProblemLog.into(ProjectLayout.SETTINGS, problems);
        SettingsFile settingsFile = new SettingsFile(yamlFiles);
        Optional<SourceText> text = folder.read(ProjectLayout.SETTINGS);
        if (text.isEmpty()) {
            if (folder.readOnly().contains(ProjectLayout.SETTINGS)) {
                return new SettingsFile.Loaded(ProjectSettings.named(folderName), null);
            }
            return settingsFile.missing(folderName, log);
        }
        SettingsFile.Loaded loaded = settingsFile.read(text.get(), folderName, log);
        if (loaded.source() == null) {
            folder.markReadOnly(ProjectLayout.SETTINGS);
        }
        return loaded;
    }

    private static <T> JsonlSource<T> loadJsonl(FolderReader folder, String path, JsonlFile<T> file,
                                                 List<Problem> problems) {
        Optional<SourceText> text = folder.read(path);
        if (text.isEmpty()) {
            return JsonlFile.missing(path);
        }
        ProblemLog log = ProblemLog.into(path, problems);
        if (!text.get().isValidUtf8()) {
            log.invalidUtf8(text.get());
            folder.markReadOnly(path);
        }
        return file.read(path, text.get(), log);
    }

    private static String folderName(Path dir) {
        return dir.getFileName() == null ? "Untitled project" : dir.getFileName().toString();
    }
}
