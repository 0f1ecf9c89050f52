package dev.promptsmith.ui.export;

import dev.promptsmith.export.code.CodeExportRequest;
import dev.promptsmith.export.code.CodeExportResult;
import dev.promptsmith.export.code.CodeExporter;
import dev.promptsmith.export.code.CodeExporters;
import dev.promptsmith.export.finetune.DatasetFile;
import dev.promptsmith.export.finetune.DatasetFormat;
import dev.promptsmith.export.finetune.DatasetFormats;
import dev.promptsmith.export.finetune.TrainingSet;
import dev.promptsmith.export.finetune.TrainingSetBuilder;
import dev.promptsmith.export.promptfile.ExportOptions;
import dev.promptsmith.export.promptfile.ExportResult;
import dev.promptsmith.export.promptfile.PromptFileFormat;
import dev.promptsmith.export.promptfile.PromptFileFormats;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Export of a prompt variant: as code (curl, Python, TypeScript, JavaScript, Java), as a prompt
 * file (Prompty, Dotprompt, promptfoo, chat JSON, Markdown), or as a fine-tuning dataset — with a
 * preview computed in the background whenever a choice changes, then copied or saved.
 */
public final class ExportViewModel {

    /** One choice in the format list. */
    public record Format(String id, String label, String kind) {

        @Override
        public String toString() {
            return kind + ": " + label;
        }
    }

    // Properties
    private final ObservableList<Format> formats = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<Format> format = new javafx.beans.property.SimpleObjectProperty<>(this, "format");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt");
    private final StringProperty model = new SimpleStringProperty(this, "model");
    private final StringProperty test = new SimpleStringProperty(this, "test");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyObjectWrapper<Map<String, String>> files = new ReadOnlyObjectWrapper<>(this, "files", Map.of());

    private final Project project;
    private final Supplier<List<ProviderEntry>> providers;
    private final BackgroundTasks tasks;
    private final CodeExporters code;
    private final PromptFileFormats promptFiles;
    private final DatasetFormats datasets = DatasetFormats.standard();
    private final TrainingSetBuilder training;
    private long generation;

    public ExportViewModel(Project project, String activePrompt, Supplier<List<ProviderEntry>> providers,
                           PromptRenderer renderer, BackgroundTasks tasks) {
        this.project = project;
        this.providers = providers;
        this.tasks = tasks;
        this.code = CodeExporters.standard(renderer);
        this.promptFiles = PromptFileFormats.standard(renderer);
        this.training = new TrainingSetBuilder(renderer);
        code.all().forEach(e -> formats.add(new Format(e.id(), e.displayName(), "Code")));
        promptFiles.all().stream().filter(PromptFileFormat::canExport)
                .forEach(f -> formats.add(new Format(f.id(), f.name(), "Prompt file")));
        datasets.all().forEach(d -> formats.add(new Format(d.id(), d.displayName(), "Fine-tuning data")));
        format.set(formats.get(0));
        prompt.set(activePrompt != null ? activePrompt
                : project.prompts().isEmpty() ? null : project.prompts().get(0).name());
        model.set(project.settings().models().isEmpty() ? null : project.settings().models().get(0).id());
        test.set(project.tests().isEmpty() ? null : project.tests().get(0).id());
        List<javafx.beans.Observable> choices = List.of(format, prompt, model, test);
        choices.forEach(choice -> choice.addListener(o -> refresh()));
    }

    public ObservableList<Format> formats() {
        return formats;
    }

    public javafx.beans.property.ObjectProperty<Format> formatProperty() {
        return format;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty modelProperty() {
        return model;
    }

    /** The test case whose variables fill the exported call or sample. */
    public StringProperty testProperty() {
        return test;
    }

    /** The main file's text. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Warnings and errors, one per line; empty when there are none. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Every file of the export by name, main file first; empty while none could be made. */
    public ReadOnlyObjectProperty<Map<String, String>> filesProperty() {
        return files.getReadOnlyProperty();
    }

    public List<String> promptNames() {
        return project.prompts().stream().map(p -> p.name()).toList();
    }

    public List<String> modelIds() {
        return project.settings().models().stream().map(ModelRef::id).toList();
    }

    public List<String> testIds() {
        return project.tests().stream().map(TestCase::id).toList();
    }

    // Commands

    /** Builds the export for the current choices in the background. */
    public void refresh() {
        long token = ++generation;
        Format chosen = format.get();
        String promptName = prompt.get();
        String modelId = model.get();
        String testId = test.get();
        tasks.run(() -> build(chosen, promptName, modelId, testId), result -> {
            if (token == generation) {
                files.set(result.files());
                preview.set(result.files().isEmpty() ? "" : result.files().values().iterator().next());
                problems.set(String.join("\n", result.problems()));
            }
        }, error -> problems.set("The export failed: " + error.getMessage()));
    }

    /** Writes the files: to {@code target} for one file, into the folder {@code target} for several. */
    public List<Path> save(Path target) throws IOException {
        Map<String, String> current = files.get();
        List<Path> written = new ArrayList<>();
        boolean folder = current.size() > 1;
        for (var file : current.entrySet()) {
            Path path = folder ? target.resolve(file.getKey()) : target;
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            written.add(path);
        }
        return written;
    }

    /** The file name the export suggests (the main file's). */
    public String suggestedName() {
        return files.get().isEmpty() ? "export.txt" : files.get().keySet().iterator().next();
    }

    private Built build(Format chosen, String promptName, String modelId, String testId) {
        var variant = project.prompt(promptName).orElse(null);
        ModelRef ref = project.settings().models().stream().filter(m -> m.id().equals(modelId)).findFirst().orElse(null);
        if (chosen == null || variant == null || ref == null) {
            return new Built(Map.of(), List.of("Choose a format, a prompt and a model."));
        }
        Map<String, Object> vars = project.test(testId).map(TestCase::vars).orElse(Map.of());
        if (chosen.kind().equals("Code")) {
            CodeExporter exporter = code.find(chosen.id()).orElseThrow();
            ProviderEntry entry = providers.get().stream().filter(e -> e.id().equals(ref.provider())).findFirst().orElse(null);
            if (entry == null) {
                return new Built(Map.of(), List.of("No provider '" + ref.provider() + "' is set up (Settings → Providers)."));
            }
            CodeExportResult result = exporter.export(new CodeExportRequest(project, variant, ref, entry, vars));
            return new Built(result.ok() ? Map.of(result.code().fileName(), result.code().text()) : Map.of(),
                    result.problems());
        }
        if (chosen.kind().equals("Prompt file")) {
            ExportResult result = promptFiles.export(chosen.id(), project, variant.name(), ref.id(),
                    new ExportOptions(testId, ExportOptions.DEFAULTS.testSplit()));
            return new Built(result.hasErrors() ? Map.of() : result.files(),
                    result.problems().stream().map(p -> p.severity().name().toLowerCase() + ": " + p).toList());
        }
        DatasetFormat dataset = datasets.find(chosen.id()).orElseThrow();
        TrainingSet set = training.build(project, variant, List.of());
        DatasetFile file = dataset.write(set.examples());
        List<String> notes = new ArrayList<>();
        set.refused().forEach(r -> notes.add("left out: " + r));
        file.refused().forEach(r -> notes.add("left out: " + r));
        Map<String, String> out = new LinkedHashMap<>();
        out.put(variant.name() + "-" + dataset.id() + ".jsonl", file.jsonl());
        return new Built(out, notes);
    }

    private record Built(Map<String, String> files, List<String> problems) {
    }
}
