package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.PromptRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The portable prompt file formats, by id, and the small API a command line or a menu needs: list the
 * formats, export a prompt of a project, import a file. Bad input (an unknown prompt, a broken file)
 * comes back as problems in the result, never as an exception.
 */
public final class PromptFileFormats {

    private final List<PromptFileFormat> formats;

    public PromptFileFormats(List<PromptFileFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Prompty, Dotprompt, promptfoo, Markdown and chat JSON, rendering few-shot turns with {@code renderer}. */
    public static PromptFileFormats standard(PromptRenderer renderer) {
        PortablePrompts prompts = new PortablePrompts(renderer);
        ProviderNames providers = ProviderNames.standard();
        return new PromptFileFormats(List.of(
                new PromptFileFormat(PromptyImporter.FORMAT, "Microsoft Prompty (.prompty)",
                        "YAML front matter with model and sample inputs, Jinja2 body with role lines",
                        new PromptyExporter(prompts, providers), new PromptyImporter(providers), List.of(".prompty")),
                new PromptFileFormat(DotpromptImporter.FORMAT, "Google Dotprompt (.prompt)",
                        "YAML front matter with model, config and input schema, Handlebars body with {{role}} markers",
                        new DotpromptExporter(prompts, providers), new DotpromptImporter(providers), List.of(".prompt")),
                new PromptFileFormat(PromptfooImporter.FORMAT, "promptfoo configuration (promptfooconfig.yaml)",
                        "prompt as chat JSON, providers, test cases with assertions, defaultTest and run settings",
                        new PromptfooExporter(prompts, providers), new PromptfooImporter(providers), List.of(".yaml", ".yml")),
                new PromptFileFormat(ChatJsonImporter.FORMAT, "OpenAI-style chat JSON (.json)",
                        "a chat request body: model, messages, sampling parameters, response_format",
                        new ChatJsonExporter(prompts), new ChatJsonImporter(), List.of(".json")),
                new PromptFileFormat("markdown", "Markdown review document (.md)",
                        "model and parameters, system prompt and messages, few-shot examples, test case summary",
                        new MarkdownExporter(prompts), null, List.of())));
    }

    public List<PromptFileFormat> all() {
        return formats;
    }

    public Optional<PromptFileFormat> find(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Exports one prompt of {@code project}.
     *
     * @param modelId the project model to name; null for all of the project's models (formats that name
     *                one model use the first one that is not the offline echo model)
     */
    public ExportResult export(String formatId, Project project, String promptName, String modelId, ExportOptions options) {
        Optional<PromptFileExporter> exporter = find(formatId).map(PromptFileFormat::exporter);
        if (exporter.isEmpty()) {
            return ExportResult.failed(Problem.error("", 0, 0, "no format '" + formatId + "' can export; formats: "
                    + String.join(", ", formats.stream().filter(PromptFileFormat::canExport).map(PromptFileFormat::id).toList())));
        }
        Optional<PromptVariant> prompt = project.prompt(promptName);
        if (prompt.isEmpty()) {
            return ExportResult.failed(Problem.error("", 0, 0, "the project has no prompt named '" + promptName + "'"));
        }
        List<ModelRef> models = models(project, modelId);
        if (modelId != null && models.isEmpty()) {
            return ExportResult.failed(Problem.error("promptsmith.yaml", 0, 0, "the project has no model with the id '"
                    + modelId + "'"));
        }
        ExportResult result = exporter.get().export(new ExportRequest(project, prompt.get(), models, options));
        return result.withProblems(SecretScan.scan(result.files()));
    }

    /** Imports {@code file} in the format its name says (e.g. {@code .prompty}). */
    public ImportResult importFile(Path file) {
        String name = String.valueOf(file.getFileName());
        Optional<PromptFileFormat> format = formats.stream().filter(f -> f.recognises(name)).findFirst();
        if (format.isEmpty()) {
            return ImportResult.failed(name, "", List.of(Problem.error(name, 0, 0, "the file type is not one Promptsmith"
                    + " imports; expected " + String.join(", ", formats.stream().filter(PromptFileFormat::canImport)
                    .flatMap(f -> f.fileSuffixes().stream()).toList()))));
        }
        return format.get().importer().read(file);
    }

    /** Imports {@code file} as the format with id {@code formatId}, whatever its name. */
    public ImportResult importFile(Path file, String formatId) {
        Optional<PromptFileImporter> importer = find(formatId).map(PromptFileFormat::importer);
        String name = String.valueOf(file.getFileName());
        if (importer.isEmpty()) {
            return ImportResult.failed(name, formatId, List.of(Problem.error(name, 0, 0, "no format '" + formatId
                    + "' can import")));
        }
        return importer.get().read(file);
    }

    /** The chosen model, or every project model with the echo model last (it names no real model). */
    private static List<ModelRef> models(Project project, String modelId) {
        List<ModelRef> all = project.settings().models();
        if (modelId != null) {
            return all.stream().filter(m -> m.id().equals(modelId)).toList();
        }
        List<ModelRef> ordered = new ArrayList<>(all.stream().filter(m -> !m.provider().equals("echo")).toList());
        ordered.addAll(all.stream().filter(m -> m.provider().equals("echo")).toList());
        return ordered;
    }
}
