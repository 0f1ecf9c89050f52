package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads promptfoo providers ({@code openai:chat:gpt-4o}, {@code {id, label, config}}) into our models. */
final class PromptfooProviderReader {

    /** promptfoo spellings we read as another provider id, and what is different about them. */
    private record Alias(String prefix, String canonical, String note) {
    }

    private static final List<Alias> ALIASES = List.of(
            new Alias("openai:responses:", "openai:chat:", "is read for the Chat Completions API"),
            new Alias("openai:completion:", "openai:chat:", "(a completion model) is read as a chat model"),
            new Alias("anthropic:completion:", "anthropic:messages:", "(a completion model) is read as a Messages model"),
            new Alias("vertex:", "google:", "runs on Vertex AI; it is read as a Gemini API (AI Studio) model"),
            new Alias("ollama:completion:", "ollama:chat:", "(Ollama's generate API) is read for its chat API"),
            new Alias("openai:", "openai:chat:", null),
            new Alias("anthropic:", "anthropic:messages:", "is read as anthropic:messages: (promptfoo itself may not"
                    + " resolve the short form to Anthropic)"),
            new Alias("ollama:", "ollama:chat:", "(Ollama's generate API) is read for its chat API"));
    private static final Set<String> CONFIG_KEYS_READ = Set.of("apiBaseUrl", "apiKey", "response_format");
    /** promptfoo provider kinds that are not chat models, e.g. {@code openai:embedding:…}. */
    private static final java.util.regex.Pattern NOT_CHAT = java.util.regex.Pattern.compile(
            "[\\w-]+:(embedding|embeddings|assistant|assistants|realtime|image|moderation|transcription|tts|speech|video):.*");

    private final ProviderNames names;
    private final YamlInput yaml;
    private final ImportBuilder out;
    private Node responseFormat;

    PromptfooProviderReader(ProviderNames names, YamlInput yaml, ImportBuilder out) {
        this.names = names;
        this.yaml = yaml;
        this.out = out;
    }

    /** The first provider's {@code response_format}: a Promptsmith prompt keeps it in its output settings. */
    Optional<Node> responseFormat() {
        return Optional.ofNullable(responseFormat);
    }

    /** Every provider of a {@code providers} (or {@code targets}) value. */
    void readAll(Node node, String key) {
        if (node instanceof ScalarNode) {
            read(node, key);
            return;
        }
        yaml.list(node, key).ifPresent(list -> list.getValue().forEach(item -> read(item, key + "[]")));
    }

    /** One provider; the model it maps to, or empty (reported) when Promptsmith has no such provider. */
    Optional<ModelRef> read(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return model(s.getValue(), null, null, null, node);
        }
        Optional<MappingNode> mapping = yaml.mapping(node, path);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingNode m = mapping.get();
        Optional<String> id = yaml.text(YamlInput.get(m, "id"), path + ".id");
        if (id.isEmpty() && m.getValue().size() == 1 && m.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
            // The short form: - openai:gpt-4o: {config: {...}}
            MappingNode body = yaml.mapping(m.getValue().get(0).getValueNode(), path).orElse(null);
            return model(key.getValue(), body == null ? null : YamlInput.get(body, "label"),
                    body == null ? null : YamlInput.get(body, "config"), body, key);
        }
        if (id.isEmpty()) {
            yaml.error(node, path + " has no id; expected a provider id such as openai:chat:gpt-4o-mini");
            return Optional.empty();
        }
        return model(id.get(), YamlInput.get(m, "label"), YamlInput.get(m, "config"), m, node);
    }

    private Optional<ModelRef> model(String rawId, Node labelNode, Node configNode, MappingNode entry, Node at) {
        if (rawId.startsWith("file://") || rawId.startsWith("exec:") || rawId.startsWith("python:")
                || rawId.startsWith("http://") || rawId.startsWith("https://")) {
            yaml.error(at, "provider '" + rawId + "' is custom code or an HTTP endpoint; it is not imported");
            return Optional.empty();
        }
        if (NOT_CHAT.matcher(rawId).matches()) {
            yaml.error(at, "provider '" + rawId + "' is not a chat model; it is not imported");
            return Optional.empty();
        }
        String id = rawId;
        for (Alias alias : ALIASES) {
            if (rawId.startsWith(alias.prefix()) && !names.byPromptfooId(rawId, null).isPresent()) {
                id = alias.canonical() + rawId.substring(alias.prefix().length());
                if (alias.note() != null) {
                    yaml.warning(at, "provider '" + rawId + "' " + alias.note());
                }
                break;
            }
        }
        Optional<MappingNode> config = yaml.mapping(configNode, "config");
        String apiBaseUrl = config.flatMap(c -> yaml.text(YamlInput.get(c, "apiBaseUrl"), "config.apiBaseUrl")).orElse(null);
        Optional<ProviderNames.Match> match = names.byPromptfooId(id, apiBaseUrl);
        if (match.isEmpty()) {
            yaml.error(at, "provider '" + rawId + "' is not one Promptsmith can call; it is not imported");
            return Optional.empty();
        }
        if (apiBaseUrl != null && match.get().name().apiBaseUrl() == null) {
            yaml.warning(at, "apiBaseUrl " + apiBaseUrl + " is not imported: set up a provider entry for that server in"
                    + " Settings and point the model at it");
        }
        ModelParams params = config.map(c -> {
            if (YamlInput.get(c, "apiKey") != null) {
                yaml.warning(YamlInput.get(c, "apiKey"), "apiKey is not imported: keys live in Settings, never in a project");
            }
            if (YamlInput.get(c, "response_format") != null && responseFormat == null) {
                responseFormat = YamlInput.get(c, "response_format");
            }
            return new ParamsReader(yaml).read(c, "config", CONFIG_KEYS_READ);
        }).orElse(ModelParams.NONE);
        if (entry != null) {
            YamlInput.keys(entry).forEach((key, keyNode) -> {
                if (!Set.of("id", "label", "config").contains(key)) {
                    yaml.warning(keyNode, "provider " + key + " is not imported");
                }
            });
        }
        String model = match.get().model();
        String label = yaml.text(labelNode, "label").orElse(model);
        return Optional.of(out.addModel(new ModelRef(label, match.get().name().provider(), model, params)));
    }
}
