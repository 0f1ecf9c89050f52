package dev.promptsmith.ui.shell;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.NewProjectWriter;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.project.ProjectSnapshot;
import dev.promptsmith.project.SaveResult;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open project and the file commands on it. The project is an immutable value replaced on each
 * edit; it is dirty while it differs from what was last loaded or saved.
 */
public final class MainViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<Path> projectDir = new ReadOnlyObjectWrapper<>(this, "projectDir");
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Project> savedProject = new ReadOnlyObjectWrapper<>(this, "savedProject");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Promptsmith");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final ObservableList<Problem> loadProblems = FXCollections.observableArrayList();
    private final ObservableList<TestCase> tests = FXCollections.observableArrayList();
    private final ObservableList<ModelRef> models = FXCollections.observableArrayList();
    private final ObservableList<ModelRef> selectedModels = FXCollections.observableArrayList();
    private final ObjectProperty<TestCase> selectedTest = new SimpleObjectProperty<>(this, "selectedTest");

    private final ProjectLoader loader;
    private final ProjectSaver saver;
    private final NewProjectWriter creator;
    private final BackgroundTasks tasks;
    private ProjectSnapshot snapshot;

    public MainViewModel(ProjectLoader loader, ProjectSaver saver, NewProjectWriter creator, BackgroundTasks tasks) {
        this.loader = loader;
        this.saver = saver;
        this.creator = creator;
        this.tasks = tasks;
        dirty.bind(Bindings.createBooleanBinding(
                () -> project.get() != null && !project.get().equals(savedProject.get()), project, savedProject));
        title.bind(Bindings.createStringBinding(this::computeTitle, project, projectDir, dirty));
    }

    public ReadOnlyObjectProperty<Path> projectDirProperty() {
        return projectDir.getReadOnlyProperty();
    }

    public Path getProjectDir() {
        return projectDir.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project getProject() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> savedProjectProperty() {
        return savedProject.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Problems found when the project files were read. */
    public ObservableList<Problem> loadProblems() {
        return loadProblems;
    }

    public ObservableList<TestCase> tests() {
        return tests;
    }

    public ObservableList<ModelRef> models() {
        return models;
    }

    /** The models the toolbar's model picker has ticked: the columns of the next run. */
    public ObservableList<ModelRef> selectedModels() {
        return selectedModels;
    }

    public ObjectProperty<TestCase> selectedTestProperty() {
        return selectedTest;
    }

    public List<Example> examples() {
        return project.get() == null ? List.of() : project.get().examples();
    }

    // Commands

    /** Reads the project in the background; {@code onLoaded} runs on the FX thread afterwards. */
    public void open(Path dir, Consumer<Project> onLoaded) {
        loading.set(true);
        status.set("Opening " + dir + "…");
        tasks.run(() -> loader.load(dir), loaded -> {
            accept(dir, loaded);
            onLoaded.accept(loaded.project());
        }, error -> {
            loading.set(false);
            status.set("Could not open " + dir + ": " + error.getMessage());
        });
    }

    /** Creates a new project folder with a starter prompt and opens it. */
    public void create(Path dir, String name, Consumer<Project> onCreated) {
        tasks.run(() -> creator.create(dir, name), loaded -> {
            accept(dir, loaded);
            onCreated.accept(loaded.project());
        }, error -> status.set("Could not create " + dir + ": " + error.getMessage()));
    }

    /** Saves the changed files in the background; {@code onSaved} runs with the saved project. */
    public void save(Consumer<Project> onSaved) {
        saveTo(projectDir.get(), onSaved);
    }

    /** Writes the whole project into {@code dir}, which becomes the open project's folder. */
    public void saveAs(Path dir, Consumer<Project> onSaved) {
        saveTo(dir, onSaved);
    }

    private void saveTo(Path dir, Consumer<Project> onSaved) {
        Project toSave = project.get();
        if (toSave == null || dir == null) {
            return;
        }
        ProjectSnapshot base = snapshot;
        tasks.run(() -> saver.save(dir, toSave, base), (SaveResult result) -> {
            snapshot = result.snapshot();
            projectDir.set(dir);
            savedProject.set(toSave);
            int changed = result.written().size() + result.deleted().size();
            String saved = changed == 0 ? "Nothing to save" : "Saved " + changed + (changed == 1 ? " file" : " files");
            // Files that failed to load are never written, so edits to what they hold are not saved either.
            status.set(base.readOnlyFiles().isEmpty() ? saved
                    : saved + "; left untouched because they failed to load: " + String.join(", ", base.readOnlyFiles()));
            onSaved.accept(toSave);
        }, error -> status.set("Save failed: " + error.getMessage()));
    }

    /** Replaces a prompt variant after an edit; the project becomes dirty if it differs from the saved one. */
    public void updatePrompt(PromptVariant variant) {
        if (project.get() != null) {
            project.set(project.get().withPrompt(variant));
        }
    }

    /** The example table's edits: the project's examples become {@code examples} (unsaved until Save). */
    public void applyExamples(List<Example> examples) {
        Project current = project.get();
        if (current != null && !current.examples().equals(examples)) {
            project.set(current.withExamples(examples));
        }
    }

    /** The test-case table's edits: the project's test cases become {@code tests} (unsaved until Save). */
    public void applyTests(List<TestCase> newTests) {
        Project current = project.get();
        if (current != null && !current.tests().equals(newTests)) {
            project.set(current.withTests(newTests));
            tests.setAll(newTests);
        }
    }

    /** Makes {@code output} the expected output of test {@code testId} (unsaved until Save). */
    public boolean useAsExpected(String testId, String output) {
        Project current = project.get();
        if (current == null || current.test(testId).isEmpty()) {
            return false;
        }
        List<TestCase> updated = current.tests().stream().map(t -> !t.id().equals(testId) ? t
                : new TestCase(t.id(), t.vars(), output, t.asserts(), t.tags(), t.split(), t.note())).toList();
        project.set(current.withTests(updated));
        tests.setAll(updated);
        return true;
    }

    /**
     * Adds a few-shot example made of test {@code testId}'s variables and {@code output}; returns its
     * id, or null when the test is unknown. Its id is the test's, made unique among the examples.
     */
    public String addExample(String testId, String output) {
        Project current = project.get();
        TestCase test = current == null ? null : current.test(testId).orElse(null);
        if (test == null) {
            return null;
        }
        java.util.Set<String> taken = current.examples().stream().map(Example::id)
                .collect(java.util.stream.Collectors.toSet());
        String id = "ex-" + testId;
        for (int n = 2; taken.contains(id); n++) {
            id = "ex-" + testId + "-" + n;
        }
        List<Example> updated = new java.util.ArrayList<>(current.examples());
        updated.add(new Example(id, test.vars(), output, test.tags(), "From test " + testId));
        project.set(current.withExamples(updated));
        return id;
    }

    /** Adds a model to the project (and ticks it for the next run); an id already in use is refused. */
    public boolean addModel(ModelRef model) {
        Project current = project.get();
        if (current == null || current.settings().models().stream().anyMatch(m -> m.id().equals(model.id()))) {
            return false;
        }
        List<ModelRef> updated = new java.util.ArrayList<>(current.settings().models());
        updated.add(model);
        project.set(current.withSettings(current.settings().withModels(updated)));
        models.add(model);
        selectedModels.add(model);
        return true;
    }

    private void accept(Path dir, LoadedProject loaded) {
        snapshot = loaded.snapshot();
        projectDir.set(dir);
        savedProject.set(loaded.project());
        project.set(loaded.project());
        loadProblems.setAll(loaded.problems());
        tests.setAll(loaded.project().tests());
        models.setAll(loaded.project().settings().models());
        selectedModels.setAll(models.isEmpty() ? List.of() : List.of(models.get(0)));
        selectedTest.set(tests.isEmpty() ? null : tests.get(0));
        loading.set(false);
        long errors = loaded.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        status.set("Opened " + loaded.project().settings().name()
                + (errors == 0 ? "" : " with " + errors + (errors == 1 ? " problem" : " problems")));
    }

    private String computeTitle() {
        if (project.get() == null) {
            return "Promptsmith";
        }
        return (dirty.get() ? "● " : "") + project.get().settings().name() + " — " + projectDir.get() + " — Promptsmith";
    }
}
