package dev.promptsmith.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves a project into a folder. Only files whose bytes change are written, each atomically; edits
 * are merged into the files as they were loaded, so comments, key order and unknown keys survive.
 * Files that could not be loaded are never written or deleted. Saving into another folder (Save As)
 * writes every file there, unchanged ones byte for byte.
 */
public final class ProjectSaver {

    private final ObjectMapper mapper = JsonSupport.newMapper();
    private final YamlFiles yamlFiles = new YamlFiles();
    private final JsonlFile<Example> examplesFile = new JsonlFile<>(mapper, new ExampleJson(mapper));
    private final JsonlFile<TestCase> testsFile = new JsonlFile<>(mapper, new TestCaseJson(mapper));
    private final AtomicFiles atomicFiles = new AtomicFiles();
    private final ProjectLoader loader = new ProjectLoader();

    /**
     * @param snapshot what the project was loaded or last saved from ({@link ProjectSnapshot#empty()} for none)
     * @throws java.io.UncheckedIOException when a file cannot be written or deleted; the message names the file
     * @throws IllegalArgumentException when two prompts share a name or a name cannot be a file name;
     *                                  nothing is written then
     */
    public SaveResult save(Path projectDir, Project project, ProjectSnapshot snapshot) {
        Path dir = projectDir.toAbsolutePath().normalize();
        boolean sameFolder = snapshot.directory().map(dir::equals).orElse(false);
        Map<String, byte[]> wanted = wantedFiles(project, snapshot);

        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
            if (sameFolder && Arrays.equals(file.getValue(), snapshot.bytes(file.getKey()))) {
                continue;
            }
            Path target = dir.resolve(file.getKey());
            atomicFiles.write(target, file.getValue());
            written.add(target);
        }
        List<Path> deleted = new ArrayList<>();
        if (sameFolder) {
            Set<String> names = new HashSet<>();
            project.prompts().forEach(p -> names.add(p.name()));
            for (String name : snapshot.promptNames()) {
                String path = ProjectLayout.promptPath(name);
                if (!names.contains(name) && !snapshot.isReadOnly(path) && atomicFiles.delete(dir.resolve(path))) {
                    deleted.add(dir.resolve(path));
                }
            }
        }
        return new SaveResult(loader.load(dir).snapshot(), written, deleted);
    }

    /** Every file the folder should hold after the save, by project-relative path. */
    private Map<String, byte[]> wantedFiles(Project project, ProjectSnapshot snapshot) {
        Map<String, byte[]> wanted = new LinkedHashMap<>();
        // Files the save does not produce (schemas, files that could not be loaded) are carried over as read.
        snapshot.allBytes().forEach((path, bytes) -> {
            if (!isProducedBySave(path) || snapshot.isReadOnly(path)) {
                wanted.put(path, bytes);
            }
        });
        // A schema the project holds but the snapshot lacks (Save As from a new project) is written
        // from the project, so the copy still has every schema its prompts refer to.
        project.schemas().forEach((path, text) ->
                wanted.putIfAbsent(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (!snapshot.isReadOnly(ProjectLayout.SETTINGS)) {
            putIfPresent(wanted, ProjectLayout.SETTINGS,
                    new SettingsFile(yamlFiles).render(snapshot.settings(), project.settings()));
        }
        checkPromptNames(project.prompts());
        for (PromptVariant variant : project.prompts()) {
            String path = ProjectLayout.promptPath(variant.name());
            if (!snapshot.isReadOnly(path)) {
                wanted.put(path, new PromptFile(yamlFiles).render(promptSource(variant, project, snapshot), variant));
            }
        }
        if (!snapshot.isReadOnly(ProjectLayout.EXAMPLES)) {
            putIfPresent(wanted, ProjectLayout.EXAMPLES, renderJsonl(examplesFile, snapshot.examples(), project.examples()));
        }
        if (!snapshot.isReadOnly(ProjectLayout.TESTS)) {
            putIfPresent(wanted, ProjectLayout.TESTS, renderJsonl(testsFile, snapshot.tests(), project.tests()));
        }
        return wanted;
    }

    /**
     * The file a variant is merged into. A new name whose content equals a variant that is gone from
     * the project is a rename: the old file moves over as it was, with its comments and unknown keys.
     */
    private static YamlSource<PromptVariant> promptSource(PromptVariant variant, Project project, ProjectSnapshot snapshot) {
        YamlSource<PromptVariant> own = snapshot.prompt(variant.name());
        if (own != null) {
            return own;
        }
        for (String oldName : snapshot.promptNames()) {
            YamlSource<PromptVariant> old = snapshot.prompt(oldName);
            if (project.prompt(oldName).isEmpty() && old.baseline().withName(variant.name()).equals(variant)) {
                return new YamlSource<>(ProjectLayout.promptPath(variant.name()), old.document(), variant);
            }
        }
        return null;
    }

    private static <T> byte[] renderJsonl(JsonlFile<T> file, JsonlSource<T> source, List<T> values) {
        if (source != null && values.equals(source.records())) {
            return source.exists() ? source.source().bytes() : null;
        }
        String text = file.render(source, values);
        return source != null && source.exists() ? source.source().encode(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void checkPromptNames(List<PromptVariant> prompts) {
        Set<String> seen = new HashSet<>();
        for (PromptVariant p : prompts) {
            if (!ProjectLayout.isValidPromptName(p.name())) {
                throw new IllegalArgumentException("not a usable prompt name (it becomes a file name): '" + p.name() + "'");
            }
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("two prompt variants are named '" + p.name() + "'");
            }
        }
    }

    private static boolean isProducedBySave(String path) {
        return path.equals(ProjectLayout.SETTINGS) || path.equals(ProjectLayout.EXAMPLES)
                || path.equals(ProjectLayout.TESTS) || ProjectLayout.promptName(path).isPresent();
    }

    private static void putIfPresent(Map<String, byte[]> wanted, String path, byte[] bytes) {
        if (bytes != null) {
            wanted.put(path, bytes);
        }
    }
}
