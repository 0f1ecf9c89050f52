package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.Role;
import dev.promptsmith.template.ExampleBindings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a prompt as a Google Dotprompt file: front matter with the Genkit model name, {@code config},
 * {@code input} (Picoschema of the variables, the sample as defaults) and {@code output}, then a
 * Handlebars body with {@code {{role}}} markers. Jinja that has no Handlebars equivalent is reported.
 */
final class DotpromptExporter implements PromptFileExporter {

    private final PortablePrompts prompts;
    private final ProviderNames providers;

    DotpromptExporter(PortablePrompts prompts, ProviderNames providers) {
        this.prompts = prompts;
        this.providers = providers;
    }

    @Override
    public ExportResult export(ExportRequest request) {
        ProblemList problems = ProblemList.forPrompt(request.prompt());
        PortablePrompt p = prompts.resolve(request, problems);
        if (p.name().contains(".")) {
            problems.warning(0, "Dotprompt reads a name with a dot (" + p.name() + ".prompt) as prompt and variant;"
                    + " rename the file if Genkit should see the whole name");
        }
        Map<String, Object> front = new LinkedHashMap<>();
        model(p.model(), problems).ifPresent(m -> front.put("model", m));
        if (!p.variant().description().isBlank()) {
            front.put("description", p.variant().description().strip());
        }
        Map<String, Object> config = config(p.params());
        if (!config.isEmpty()) {
            front.put("config", config);
        }
        Map<String, Object> input = input(p);
        if (!input.isEmpty()) {
            front.put("input", input);
        }
        if (p.variant().output().format() == OutputFormat.JSON) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("format", "json");
            if (p.outputSchema() != null) {
                output.put("schema", p.outputSchema());
            }
            front.put("output", output);
        }
        if (p.variant().output().extract() != null) {
            problems.warning(0, "output.extract is not carried: Dotprompt returns the whole reply");
        }
        String text = (front.isEmpty() ? "" : "---\n" + YamlOutput.write(front) + "---\n") + body(p, problems);
        return new ExportResult(Map.of(p.name() + ".prompt", text), problems.list());
    }

    private Optional<String> model(ModelRef model, ProblemList problems) {
        if (model == null) {
            return Optional.empty();
        }
        Optional<String> prefix = providers.byProvider(model.provider()).map(ProviderName::dotprompt);
        if (prefix.isEmpty()) {
            problems.forFile("promptsmith.yaml").warning(0, "Genkit has no model plugin for provider '"
                    + model.provider() + "' (model '" + model.id() + "'); the file names no model");
        }
        return prefix.map(p -> p + model.model());
    }

    /** Dotprompt's config uses Gemini's parameter names. */
    private static Map<String, Object> config(ModelParams params) {
        Map<String, Object> config = new LinkedHashMap<>();
        ProviderName.ParamKeys.GOOGLE.write(params, config);
        return config;
    }

    private static Map<String, Object> input(PortablePrompt p) {
        List<String> names = new ArrayList<>(p.variables());
        p.sample().keySet().stream().filter(k -> !names.contains(k)).forEach(names::add);
        Map<String, Object> defaults = new LinkedHashMap<>(p.sample());
        Map<String, Object> schema = Picoschema.ofVariables(names, p.sample());
        if (p.examples() != null) {
            schema.put(ExampleBindings.EXAMPLES + "(array, few-shot examples the template loops over)", "any");
            defaults.put(ExampleBindings.EXAMPLES, p.examples());
        }
        Map<String, Object> input = new LinkedHashMap<>();
        if (!schema.isEmpty()) {
            input.put("schema", schema);
        }
        if (!defaults.isEmpty()) {
            input.put("default", defaults);
        }
        return input;
    }

    private static String body(PortablePrompt p, ProblemList problems) {
        StringBuilder body = new StringBuilder();
        for (PortablePrompt.Turn turn : p.turns()) {
            String text;
            if (turn.literal()) {
                text = TemplateText.handlebarsLiteral(turn.text());
            } else {
                JinjaToHandlebars.Result translated = JinjaToHandlebars.translate(turn.text());
                translated.problems().forEach(issue -> problems.error(0, turn.source() + ", line " + issue.line() + ": "
                        + issue.message()));
                text = translated.text();
            }
            body.append("{{role \"").append(role(turn.role())).append("\"}}\n").append(text).append('\n');
        }
        return body.toString();
    }

    /** Dotprompt calls the assistant {@code model}. */
    static String role(Role role) {
        return role == Role.ASSISTANT ? "model" : role.key();
    }
}
