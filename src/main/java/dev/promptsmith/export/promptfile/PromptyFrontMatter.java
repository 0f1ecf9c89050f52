package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a Prompty front matter in the v1 shape ({@code model.configuration}, {@code model.parameters},
 * {@code inputs.x.sample}, root {@code sample}) or the newer AgentSchema shape ({@code model.id},
 * {@code model.provider}, {@code model.options}, {@code inputSchema.properties}).
 */
final class PromptyFrontMatter {

    /** What the front matter says about the prompt itself; models, samples and schemas go to the builder. */
    record Header(String name, String description, ModelParams params, OutputSpec output, boolean mustache) {
    }

    private static final Set<String> KNOWN = Set.of("name", "description", "model", "inputs", "inputSchema", "sample",
            "template", "outputs", "outputSchema", "tools", "metadata", "authors", "tags", "version", "kind", "id");
    private static final Set<String> METADATA = Set.of("metadata", "authors", "tags", "version", "kind", "id");

    private final YamlInput yaml;
    private final ProviderNames providers;
    private final ImportBuilder out;

    PromptyFrontMatter(YamlInput yaml, ProviderNames providers, ImportBuilder out) {
        this.yaml = yaml;
        this.providers = providers;
        this.out = out;
    }

    Header read(MappingNode root) {
        YamlInput.keys(root).forEach((key, at) -> {
            if (!KNOWN.contains(key)) {
                yaml.warning(at, "'" + key + "' is not a Prompty key Promptsmith knows; it is not imported");
            } else if (key.equals("tools") || key.equals("outputs") || key.equals("outputSchema")) {
                yaml.warning(at, "'" + key + "' is not imported: Promptsmith prompts have no tool or output declarations");
            } else if (METADATA.contains(key)) {
                yaml.warning(at, "'" + key + "' is not imported: Promptsmith prompts keep no metadata besides a description");
            }
        });
        ModelParams params = ModelParams.NONE;
        OutputSpec output = OutputSpec.TEXT;
        Node modelNode = YamlInput.get(root, "model");
        if (modelNode instanceof ScalarNode s && !YamlInput.isNull(s)) {
            out.addModel(new ModelRef(s.getValue(), "openai", s.getValue(), ModelParams.NONE));
            yaml.warning(s, "model '" + s.getValue() + "' names no provider; it is read as an OpenAI model");
        } else {
            Optional<MappingNode> model = yaml.mapping(modelNode, "model");
            if (model.isPresent()) {
                readModel(model.get());
                Node paramsNode = YamlInput.get(model.get(), "parameters") != null
                        ? YamlInput.get(model.get(), "parameters") : YamlInput.get(model.get(), "options");
                String path = YamlInput.get(model.get(), "parameters") != null ? "model.parameters" : "model.options";
                Optional<MappingNode> paramsMap = yaml.mapping(paramsNode, path);
                if (paramsMap.isPresent()) {
                    params = new ParamsReader(yaml).read(paramsMap.get(), path, Set.of("response_format"));
                    Node format = YamlInput.get(paramsMap.get(), "response_format");
                    if (format != null) {
                        output = ImportedOutput.fromResponseFormat(format, path + ".response_format", yaml, out);
                    }
                }
            }
        }
        readInputs(root);
        return new Header(yaml.text(YamlInput.get(root, "name"), "name").orElse(null),
                yaml.text(YamlInput.get(root, "description"), "description").orElse(""), params, output, mustache(root));
    }

    private void readModel(MappingNode model) {
        String api = yaml.text(YamlInput.get(model, "api"), "model.api")
                .or(() -> yaml.text(YamlInput.get(model, "apiType"), "model.apiType")).orElse("chat");
        if (!api.equals("chat")) {
            yaml.warning(model, "model api '" + api + "' is read as chat: Promptsmith prompts are chat prompts");
        }
        Optional<MappingNode> configuration = yaml.mapping(YamlInput.get(model, "configuration"), "model.configuration");
        Optional<String> id = yaml.text(YamlInput.get(model, "id"), "model.id");
        Optional<String> provider = yaml.text(YamlInput.get(model, "provider"), "model.provider");
        Node connection = YamlInput.keys(model).get("connection");
        if (connection != null) {
            yaml.warning(connection, "model.connection is not imported: endpoints and keys live in Settings, never in"
                    + " a project");
        }
        if (configuration.isPresent()) {
            readConfiguration(configuration.get());
        } else if (id.isPresent()) {
            String ours = provider.map(p -> p.equals("azure") ? "azure" : p).orElse("openai");
            if (providers.byProvider(ours).isEmpty()) {
                yaml.error(YamlInput.get(model, "provider"), "model.provider '" + ours + "' is not a provider"
                        + " Promptsmith has; the model '" + id.get() + "' is not imported");
                return;
            }
            out.addModel(new ModelRef(id.get(), ours, id.get(), ModelParams.NONE));
        }
    }

    private void readConfiguration(MappingNode configuration) {
        String type = yaml.text(YamlInput.get(configuration, "type"), "model.configuration.type").orElse("openai");
        boolean azure = type.equals("azure_openai") || type.equals("azure");
        List<String> unread = YamlInput.keys(configuration).keySet().stream()
                .filter(k -> !List.of("type", "name", "azure_deployment").contains(k)).toList();
        if (!unread.isEmpty()) {
            yaml.warning(YamlInput.keys(configuration).get(unread.get(0)), "model.configuration " + String.join(", ", unread) + " not imported:"
                    + " endpoints and keys live in Settings, never in a project");
        }
        String model = yaml.text(YamlInput.get(configuration, azure ? "azure_deployment" : "name"),
                "model.configuration." + (azure ? "azure_deployment" : "name")).orElse(null);
        Optional<ProviderName> provider = azure ? providers.byProvider("azure")
                : providers.byPromptyType(type).or(() -> providers.byProvider(type));
        if (provider.isEmpty()) {
            Node typeNode = YamlInput.get(configuration, "type");
            yaml.error(typeNode != null ? typeNode : configuration, "model.configuration.type '" + type + "' is not a connection Promptsmith"
                    + " can call; no model is imported (add one of the project's models instead)");
        } else if (model == null) {
            yaml.warning(configuration, "model.configuration names no model (" + (azure ? "azure_deployment" : "name")
                    + "); no model is imported");
        } else {
            out.addModel(new ModelRef(model, provider.get().provider(), model, ModelParams.NONE));
        }
    }

    /** v1 {@code inputs} (and the v2 form with {@code kind}/{@code default}), v2 {@code inputSchema}, root {@code sample}. */
    private void readInputs(MappingNode root) {
        Map<String, Object> samples = new LinkedHashMap<>();
        yaml.mapping(YamlInput.get(root, "inputs"), "inputs").ifPresent(inputs ->
                YamlInput.keys(inputs).keySet().forEach(name ->
                        sampleOf(YamlInput.get(inputs, name), "inputs." + name).ifPresent(v -> samples.put(name, v))));
        Optional<MappingNode> schema = yaml.mapping(YamlInput.get(root, "inputSchema"), "inputSchema");
        schema.flatMap(s -> yaml.list(YamlInput.get(s, "properties"), "inputSchema.properties")).ifPresent(list -> {
            for (Node item : list.getValue()) {
                yaml.mapping(item, "inputSchema.properties[]").ifPresent(property -> {
                    Optional<String> name = yaml.text(YamlInput.get(property, "name"), "inputSchema.properties[].name");
                    if (name.isEmpty()) {
                        yaml.error(property, "an inputSchema property has no name; it is not imported");
                    } else {
                        sampleOf(property, "inputSchema." + name.get()).ifPresent(v -> samples.putIfAbsent(name.get(), v));
                    }
                });
            }
        });
        Node rootSample = YamlInput.get(root, "sample");
        if (rootSample instanceof ScalarNode s && !YamlInput.isNull(s)) {
            yaml.warning(s, "sample refers to the file '" + s.getValue() + "'; samples from other files are not imported");
        } else {
            yaml.mapping(rootSample, "sample").ifPresent(sample -> YamlInput.keys(sample).keySet().forEach(name ->
                    samples.putIfAbsent(name, yaml.value(YamlInput.get(sample, name), "sample." + name))));
        }
        ImportedExamples.take(samples, out.examples);
        out.sampleVars.putAll(samples);
    }

    /** A v1 input's {@code sample}, a v2 input's {@code default} or {@code example}, or a bare scalar value. */
    private Optional<Object> sampleOf(Node input, String path) {
        if (input instanceof ScalarNode || input instanceof SequenceNode) {
            return YamlInput.isNull(input) ? Optional.empty() : Optional.ofNullable(yaml.value(input, path));
        }
        return yaml.mapping(input, path).flatMap(m -> {
            for (String key : List.of("sample", "default", "example")) {
                Node value = YamlInput.get(m, key);
                if (value != null && !YamlInput.isNull(value)) {
                    return Optional.ofNullable(yaml.value(value, path + "." + key));
                }
            }
            return Optional.empty();
        });
    }

    private boolean mustache(MappingNode root) {
        Node template = YamlInput.get(root, "template");
        String kind = "jinja2";
        if (template instanceof ScalarNode s && !YamlInput.isNull(s)) {
            kind = s.getValue();
        } else if (template instanceof MappingNode m) {
            Node format = YamlInput.get(m, "format");
            Node type = YamlInput.get(m, "type");
            kind = format instanceof MappingNode f ? yaml.text(YamlInput.get(f, "kind"), "template.format.kind").orElse(kind)
                    : yaml.text(format != null ? format : type, "template.format").orElse(kind);
        }
        if (!kind.equals("jinja2") && !kind.equals("mustache")) {
            yaml.warning(template, "template '" + kind + "' is read as Jinja");
        }
        return kind.equals("mustache");
    }
}
