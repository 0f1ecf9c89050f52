package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a Google Dotprompt file into a prompt variant (Handlebars translated to Jinja), a model and defaults. */
final class DotpromptImporter extends TextFileImporter {

    static final String FORMAT = "dotprompt";

    private static final Pattern ROLE = Pattern.compile("\\{\\{~?\\s*role\\s+[\"']([A-Za-z]+)[\"']\\s*~?}}");
    private static final Set<String> KNOWN = Set.of("name", "variant", "version", "description", "model", "config",
            "input", "output", "tools", "toolDefs", "metadata", "raw", "ext");

    private final ProviderNames providers;

    DotpromptImporter(ProviderNames providers) {
        super(FORMAT);
        this.providers = providers;
    }

    @Override
    void parse(String text, Path file, ImportBuilder out) {
        String fileName = String.valueOf(file.getFileName());
        ProblemList problems = out.problems();
        FrontMatter split = FrontMatter.split(text, true, problems);
        String name = null;
        String description = "";
        ModelParams params = ModelParams.NONE;
        OutputSpec output = OutputSpec.TEXT;
        if (split.present()) {
            YamlInput yaml = new YamlInput(problems, split.yamlLine());
            Optional<MappingNode> root = yaml.parse(split.yaml(), "YAML in the front matter")
                    .flatMap(r -> yaml.mapping(r, "the front matter"));
            if (root.isPresent()) {
                MappingNode m = root.get();
                reportUnread(m, yaml);
                name = yaml.text(YamlInput.get(m, "name"), "name").orElse(null);
                description = yaml.text(YamlInput.get(m, "description"), "description").orElse("");
                yaml.text(YamlInput.get(m, "model"), "model").ifPresent(model -> model(model, YamlInput.get(m, "model"), yaml, out));
                params = yaml.mapping(YamlInput.get(m, "config"), "config")
                        .map(c -> new ParamsReader(yaml).read(c, "config", Set.of())).orElse(ModelParams.NONE);
                readInput(YamlInput.get(m, "input"), yaml, out);
                output = output(YamlInput.get(m, "output"), PromptNames.stem(PromptNames.stem(fileName)), yaml, out);
            }
        }
        String promptName = PromptNames.usable(name, PromptNames.stem(fileName));
        readBody(split, promptName, description, params, output, out);
    }

    private static void reportUnread(MappingNode root, YamlInput yaml) {
        YamlInput.keys(root).forEach((key, at) -> {
            if (key.equals("tools") || key.equals("toolDefs")) {
                yaml.warning(at, "'" + key + "' is not imported: Promptsmith prompts declare no tools");
            } else if (key.equals("variant") || key.equals("version") || key.equals("metadata") || key.contains(".")
                    || key.equals("ext") || key.equals("raw")) {
                yaml.warning(at, "'" + key + "' is not imported: Promptsmith prompts keep no metadata besides a description");
            } else if (!KNOWN.contains(key)) {
                yaml.warning(at, "'" + key + "' is not a Dotprompt key; it is not imported");
            }
        });
    }

    private void model(String model, Node at, YamlInput yaml, ImportBuilder out) {
        boolean vertex = model.startsWith("vertexai/");
        Optional<ProviderNames.Match> match = providers.byDotpromptModel(vertex ? "googleai/" + model.substring(9) : model);
        if (match.isEmpty()) {
            yaml.warning(at, "model '" + model + "' is not from a Genkit plugin Promptsmith maps (googleai, vertexai,"
                    + " openai, anthropic, ollama); no model is imported");
            return;
        }
        if (vertex) {
            yaml.warning(at, "model '" + model + "' runs on Vertex AI; it is imported as a Gemini API (AI Studio) model");
        }
        String name = match.get().model();
        out.addModel(new ModelRef(name, match.get().name().provider(), name, ModelParams.NONE));
    }

    private static void readInput(Node node, YamlInput yaml, ImportBuilder out) {
        Map<String, Object> defaults = new java.util.LinkedHashMap<>();
        yaml.mapping(node, "input").flatMap(input -> yaml.mapping(YamlInput.get(input, "default"), "input.default"))
                .ifPresent(m -> YamlInput.keys(m).keySet().forEach(key ->
                        defaults.put(key, yaml.value(YamlInput.get(m, key), "input.default." + key))));
        ImportedExamples.take(defaults, out.examples);
        out.sampleVars.putAll(defaults);
    }

    private static OutputSpec output(Node node, String name, YamlInput yaml, ImportBuilder out) {
        Optional<MappingNode> output = yaml.mapping(node, "output");
        if (output.isEmpty()) {
            return OutputSpec.TEXT;
        }
        String format = yaml.text(YamlInput.get(output.get(), "format"), "output.format").orElse("text");
        Node schemaNode = YamlInput.get(output.get(), "schema");
        if (!format.equals("json")) {
            if (!format.equals("text")) {
                yaml.warning(node, "output.format '" + format + "' is read as text; Promptsmith prompts answer text or json");
            }
            return OutputSpec.TEXT;
        }
        if (schemaNode == null) {
            return new OutputSpec(dev.promptsmith.model.OutputFormat.JSON, null);
        }
        List<String> problems = new ArrayList<>();
        Map<String, Object> schema = Picoschema.toJsonSchema(yaml.value(schemaNode, "output.schema"), problems);
        problems.forEach(p -> yaml.error(schemaNode, "output." + p));
        // Dotprompt schemas carry no file name: the title names the file when there is one.
        String fileName = schema.get("title") instanceof String title ? title.toLowerCase(java.util.Locale.ROOT) : name;
        return ImportedOutput.withSchema(schema, fileName, schemaNode, yaml, out);
    }

    private static void readBody(FrontMatter split, String name, String description, ModelParams params, OutputSpec output,
                                 ImportBuilder out) {
        ProblemList problems = out.problems();
        String body = split.body();
        Matcher marker = ROLE.matcher(body);
        String system = "";
        List<MessageTemplate> messages = new ArrayList<>();
        int start = 0;
        int markerLine = split.bodyLine();
        String role = "user";
        boolean more = true;
        while (more) {
            more = marker.find();
            int end = more ? marker.start() : body.length();
            String content = body.substring(start, end);
            if (start > 0 && content.endsWith("\n")) {
                content = content.substring(0, content.length() - 1);
            }
            // Like Dotprompt: blank text before the first marker and empty messages make no message.
            if (start == 0 ? !content.isBlank() : !content.isEmpty()) {
                int contentLine = split.bodyLine() + JinjaTags.lineOf(body, start) - 1;
                HandlebarsToJinja.Result jinja = HandlebarsToJinja.translate(content);
                jinja.problems().forEach(p -> problems.error(contentLine + p.line() - 1, p.message()));
                switch (role) {
                    case "system" -> {
                        if (messages.isEmpty() && system.isEmpty()) {
                            system = jinja.text();
                        } else {
                            problems.error(markerLine, "a system message after other messages is not imported:"
                                    + " a Promptsmith prompt has one system prompt, first");
                        }
                    }
                    case "user" -> messages.add(new MessageTemplate(Role.USER, jinja.text()));
                    case "model" -> messages.add(new MessageTemplate(Role.ASSISTANT, jinja.text()));
                    default -> problems.error(markerLine, "a '" + role + "' message is not imported; expected system,"
                            + " user or model");
                }
            }
            if (more) {
                role = marker.group(1);
                markerLine = split.bodyLine() + JinjaTags.lineOf(body, marker.start()) - 1;
                start = marker.end() < body.length() && body.charAt(marker.end()) == '\n' ? marker.end() + 1 : marker.end();
            }
        }
        if (system.isEmpty() && messages.isEmpty()) {
            problems.error(split.bodyLine(), "the file has no prompt text" + (split.present() ? " after the front matter" : ""));
            return;
        }
        out.prompts.add(new PromptVariant(name, description.strip(), TemplateSyntax.JINJA, system, messages, FewShot.NONE,
                output, params));
    }
}
