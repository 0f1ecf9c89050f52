package dev.promptsmith.project;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a project folder held when it was loaded or saved: every file's original bytes, the parsed
 * YAML trees and JSONL lines an edit is merged into, and the files a save must never write. Opaque
 * to the rest of the app: pass it from {@link ProjectLoader} or {@link ProjectSaver} to the next save.
 */
public final class ProjectSnapshot {

    private final Path directory;
    private final Map<String, byte[]> files;
    private final Set<String> readOnly;
    private final YamlSource<ProjectSettings> settings;
    private final Map<String, YamlSource<PromptVariant>> prompts;
    private final JsonlSource<Example> examples;
    private final JsonlSource<TestCase> tests;

    ProjectSnapshot(Path directory, Map<String, byte[]> files, Set<String> readOnly,
                    YamlSource<ProjectSettings> settings, Map<String, YamlSource<PromptVariant>> prompts,
                    JsonlSource<Example> examples, JsonlSource<TestCase> tests) {
        this.directory = directory;
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.readOnly = Collections.unmodifiableSet(new TreeSet<>(readOnly));
        this.settings = settings;
        this.prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts));
        this.examples = examples;
        this.tests = tests;
    }

    /** No files: saving a project with it writes every file, as for a project that never was on disk. */
    public static ProjectSnapshot empty() {
        return new ProjectSnapshot(null, Map.of(), Set.of(), null, Map.of(), null, null);
    }

    /** The folder the snapshot describes; empty for {@link #empty()}. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Project-relative paths (forward slashes) of the files that were read. */
    public Set<String> files() {
        return new TreeSet<>(files.keySet());
    }

    /**
     * Files that could not be loaded (syntax error, unknown format version, not UTF-8, unreadable):
     * saves never write or delete them, so edits to what they would hold are not saved.
     */
    public Set<String> readOnlyFiles() {
        return readOnly;
    }

    boolean isReadOnly(String path) {
        return readOnly.contains(path);
    }

    /** The original bytes of a file, or null if it was not read. */
    byte[] bytes(String path) {
        return files.get(path);
    }

    Map<String, byte[]> allBytes() {
        return files;
    }

    YamlSource<ProjectSettings> settings() {
        return settings;
    }

    YamlSource<PromptVariant> prompt(String name) {
        return prompts.get(name);
    }

    Set<String> promptNames() {
        return prompts.keySet();
    }

    JsonlSource<Example> examples() {
        return examples;
    }

    JsonlSource<TestCase> tests() {
        return tests;
    }
}
