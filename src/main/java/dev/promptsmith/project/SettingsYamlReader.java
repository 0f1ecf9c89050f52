package dev.promptsmith.project;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Maps the root of {@code promptsmith.yaml} to {@link ProjectSettings}, reporting what is wrong. */
final class SettingsYamlReader {

    /** The settings, and whether a save may rewrite the file (false for an unknown format version). */
    record Result(ProjectSettings settings, boolean writable) {
    }

    private final YamlRead read;

    SettingsYamlReader(YamlRead read) {
        this.read = read;
    }

    Result read(MappingNode root, String defaultName) {
        read.root(root);
        boolean writable = checkFormatVersion(root);
        String name = read.text(YamlNodes.value(root, "name"), "name").orElse(null);
        if (name == null || name.isBlank()) {
            read.missing(root, "name", "the project name, e.g. name: Support ticket triage");
            name = defaultName;
        }
        List<ModelRef> models = models(root);
        ProjectSettings settings = new ProjectSettings(
                name,
                read.text(YamlNodes.value(root, "description"), "description").orElse(""),
                models,
                defaults(YamlNodes.value(root, "defaults")),
                AssertionYaml.readList(YamlNodes.value(root, "defaultAssert"), "defaultAssert", read),
                judge(YamlNodes.value(root, "judge"), models),
                target(YamlNodes.value(root, "target")),
                budget(YamlNodes.value(root, "budget")));
        return new Result(settings, writable);
    }

    /** Reads the models again for a save, without problems; null marks a model that was not loaded. */
    static List<ModelRef> quietModels(List<Node> items) {
        return new SettingsYamlReader(new YamlRead(ProblemLog.discarding(""))).modelItems(items);
    }

    private boolean checkFormatVersion(MappingNode root) {
        Node node = YamlNodes.value(root, "formatVersion");
        if (node == null) {
            read.error(root, "formatVersion is missing; expected formatVersion: " + ProjectLayout.FORMAT_VERSION
                    + " as the first key");
            return true;
        }
        Optional<Long> version = node instanceof ScalarNode s && s.getTag().equals(Tag.INT)
                ? YamlValues.integer(s) : Optional.empty();
        if (version.isEmpty()) {
            read.error(node, "formatVersion must be the number " + ProjectLayout.FORMAT_VERSION + ", found "
                    + YamlNodes.describe(node) + "; the file will not be saved");
            return false;
        }
        if (version.get() != ProjectLayout.FORMAT_VERSION) {
            read.error(node, "unsupported formatVersion " + version.get() + "; this version of Promptsmith supports"
                    + " formatVersion " + ProjectLayout.FORMAT_VERSION
                    + " only, so the file is opened read-only and will not be saved");
            return false;
        }
        return true;
    }

    private List<ModelRef> models(MappingNode root) {
        Node node = YamlNodes.value(root, "models");
        Optional<SequenceNode> seq = read.list(node, "models");
        List<ModelRef> models = new ArrayList<>();
        seq.ifPresent(s -> modelItems(s.getValue()).stream().filter(Objects::nonNull).forEach(models::add));
        if (models.isEmpty()) {
            read.warning(node == null ? root : node, "no models are configured; expected a list such as"
                    + " models: [{id: echo, provider: echo, model: echo}]");
        }
        return models;
    }

    /** One entry per item, null for an invalid item or a duplicate id (the first one wins). */
    private List<ModelRef> modelItems(List<Node> items) {
        List<ModelRef> out = new ArrayList<>();
        Map<String, Node> firstById = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "models[" + i + "]";
            ModelRef model = model(items.get(i), path).orElse(null);
            if (model != null) {
                Node idNode = YamlNodes.value((MappingNode) items.get(i), "id");
                Node first = firstById.putIfAbsent(model.id(), idNode);
                if (first != null) {
                    read.error(idNode, "duplicate model id '" + model.id() + "' (first defined on line "
                            + YamlNodes.line(first) + "); the first one is used");
                    model = null;
                }
            }
            out.add(model);
        }
        return out;
    }

    private Optional<ModelRef> model(Node node, String path) {
        Optional<MappingNode> mapping = read.mapping(node, path);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingNode m = mapping.get();
        Optional<String> id = required(m, path, "id", "a unique label such as gpt-4o-mini");
        Optional<String> provider = required(m, path, "provider",
                "a provider key: echo, openai, anthropic, gemini or ollama");
        Optional<String> model = required(m, path, "model", "the provider's model name");
        ModelParams params = ParamsYaml.read(YamlNodes.value(m, "params"), path + ".params", read);
        if (id.isEmpty() || provider.isEmpty() || model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModelRef(id.get(), provider.get(), model.get(), params));
    }

    private Optional<String> required(MappingNode m, String path, String key, String expected) {
        Optional<String> value = read.text(YamlNodes.value(m, key), path + "." + key).filter(v -> !v.isBlank());
        if (value.isEmpty() && !(YamlNodes.value(m, key) instanceof CollectionNode<?>)) {
            read.missing(m, path + "." + key, expected);
        }
        return value;
    }

    private RunDefaults defaults(Node node) {
        RunDefaults standard = RunDefaults.STANDARD;
        return read.mapping(node, "defaults").map(m -> new RunDefaults(
                positive(m, "repeats").orElse(standard.repeats()),
                positive(m, "concurrency").orElse(standard.concurrency()),
                positive(m, "timeoutSeconds").orElse(standard.timeoutSeconds())))
                .orElse(standard);
    }

    private Optional<Integer> positive(MappingNode defaults, String key) {
        return read.integer(YamlNodes.value(defaults, key), "defaults." + key, 1);
    }

    private String judge(Node node, List<ModelRef> models) {
        Optional<String> judge = read.text(node, "judge");
        if (judge.isEmpty()) {
            return null;
        }
        List<String> ids = models.stream().map(ModelRef::id).toList();
        if (!ids.contains(judge.get())) {
            read.error(node, "judge '" + YamlNodes.shorten(judge.get()) + "' is not one of the model ids ("
                    + String.join(", ", ids) + "); expected the id of a model under models");
            return null;
        }
        return judge.get();
    }

    private Target target(Node node) {
        Optional<MappingNode> mapping = read.mapping(node, "target");
        if (mapping.isEmpty()) {
            return null;
        }
        MappingNode m = mapping.get();
        Optional<String> metric = read.text(YamlNodes.value(m, "metric"), "target.metric");
        Optional<Double> value = read.number(YamlNodes.value(m, "value"), "target.value");
        if (metric.isEmpty() && YamlNodes.value(m, "metric") == null) {
            read.missing(m, "target.metric", "a metric name such as passRate");
        }
        if (value.isEmpty() && YamlNodes.value(m, "value") == null) {
            read.missing(m, "target.value", "a number such as 0.9");
        }
        return metric.isPresent() && value.isPresent() ? new Target(metric.get(), value.get()) : null;
    }

    private BigDecimal budget(Node node) {
        return read.mapping(node, "budget")
                .flatMap(m -> {
                    Node max = YamlNodes.value(m, "maxUsdPerRun");
                    Optional<BigDecimal> value = read.decimal(max, "budget.maxUsdPerRun");
                    if (value.isPresent() && value.get().signum() < 0) {
                        read.error(max, "budget.maxUsdPerRun must be a number >= 0, found " + YamlNodes.describe(max));
                        return Optional.empty();
                    }
                    return value;
                })
                .orElse(null);
    }
}
