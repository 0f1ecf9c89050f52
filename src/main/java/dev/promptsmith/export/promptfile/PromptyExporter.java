package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.template.ExampleBindings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a prompt as a Microsoft Prompty v1 file: YAML front matter (name, description, model with
 * connection and parameters, inputs with sample values) and a Jinja2 body with {@code system:},
 * {@code user:} and {@code assistant:} role lines. Few-shot turns are written out as messages.
 */
final class PromptyExporter implements PromptFileExporter {

    private final PortablePrompts prompts;
    private final ProviderNames providers;

    PromptyExporter(PortablePrompts prompts, ProviderNames providers) {
        this.prompts = prompts;
        this.providers = providers;
    }

    @Override
    public ExportResult export(ExportRequest request) {
        ProblemList problems = ProblemList.forPrompt(request.prompt());
        PortablePrompt p = prompts.resolve(request, problems);
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("name", p.name());
        if (!p.variant().description().isBlank()) {
            front.put("description", p.variant().description().strip());
        }
        front.put("model", model(p, problems));
        Map<String, Object> inputs = inputs(p);
        if (!inputs.isEmpty()) {
            front.put("inputs", inputs);
        }
        front.put("template", "jinja2");
        if (p.variant().output().extract() != null) {
            problems.warning(0, "output.extract is not carried: Prompty returns the whole reply");
        }
        String fileName = p.name() + ".prompty";
        return new ExportResult(Map.of(fileName, "---\n" + YamlOutput.write(front) + "---\n" + body(p, problems)),
                problems.list());
    }

    private Map<String, Object> model(PortablePrompt p, ProblemList problems) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("api", "chat");
        configuration(p.model(), problems).ifPresent(c -> model.put("configuration", c));
        Map<String, Object> parameters = parameters(p);
        if (!parameters.isEmpty()) {
            model.put("parameters", parameters);
        }
        return model;
    }

    private Optional<Map<String, Object>> configuration(ModelRef model, ProblemList problems) {
        if (model == null) {
            return Optional.empty();
        }
        Optional<String> type = providers.byProvider(model.provider()).map(ProviderName::prompty);
        Map<String, Object> configuration = new LinkedHashMap<>();
        if (type.isPresent() && type.get().equals("azure_openai")) {
            configuration.put("type", type.get());
            configuration.put("azure_deployment", model.model());
            return Optional.of(configuration);
        }
        if (type.isEmpty()) {
            if (model.provider().equals("echo")) {
                problems.forFile("promptsmith.yaml").warning(0, "the offline echo model has no Prompty connection;"
                        + " the file names no model");
                return Optional.empty();
            }
            problems.forFile("promptsmith.yaml").warning(0, "Prompty v1 defines connections for openai and"
                    + " azure_openai only; model '" + model.id() + "' is written with configuration type '"
                    + model.provider() + "', which a Prompty runtime runs only with an invoker of that name");
        }
        configuration.put("type", type.orElse(model.provider()));
        configuration.put("name", model.model());
        return Optional.of(configuration);
    }

    private static Map<String, Object> parameters(PortablePrompt p) {
        Map<String, Object> out = new LinkedHashMap<>();
        ProviderName.ParamKeys.OPENAI.write(p.params(), out);
        if (p.variant().output().format() == OutputFormat.JSON) {
            out.put("response_format", ResponseFormats.openAi(p));
        }
        return out;
    }

    /** Every variable the templates read and every sample value, with its type and sample. */
    private static Map<String, Object> inputs(PortablePrompt p) {
        Set<String> names = new LinkedHashSet<>(p.variables());
        names.addAll(p.sample().keySet());
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, Object> input = new LinkedHashMap<>();
            Object sample = p.sample().get(name);
            input.put("type", ValueKinds.of(sample));
            if (p.sample().containsKey(name)) {
                input.put("sample", sample);
            }
            inputs.put(name, input);
        }
        if (p.examples() != null) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("type", "array");
            input.put("description", "few-shot examples the template loops over");
            input.put("sample", p.examples());
            inputs.put(ExampleBindings.EXAMPLES, input);
        }
        return inputs;
    }

    private static String body(PortablePrompt p, ProblemList problems) {
        List<PromptyBody.Block> blocks = new ArrayList<>();
        for (PortablePrompt.Turn turn : p.turns()) {
            String text = TemplateText.jinja(turn);
            int marker = PromptyBody.markerLine(text);
            if (marker > 0) {
                problems.error(0, turn.source() + " line " + marker + " reads as a Prompty role line ('"
                        + text.split("\n", -1)[marker - 1].strip() + "'): Prompty would split the message there;"
                        + " reword that line");
            }
            blocks.add(new PromptyBody.Block(turn.role().key(), null, text, 0));
        }
        return PromptyBody.write(blocks);
    }
}
