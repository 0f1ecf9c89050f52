package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads sampling parameters under any of the names the formats use (OpenAI's {@code max_tokens},
 * Gemini's {@code maxOutputTokens}, Ollama's {@code num_predict}, …). Parameters Promptsmith has no
 * field for are reported, not dropped silently.
 */
final class ParamsReader {

    private static final Set<String> TEMPERATURE = Set.of("temperature");
    private static final Set<String> MAX_TOKENS = Set.of("max_tokens", "maxTokens", "max_completion_tokens",
            "maxOutputTokens", "max_output_tokens", "num_predict");
    private static final Set<String> TOP_P = Set.of("top_p", "topP");
    private static final Set<String> STOP = Set.of("stop", "stopSequences", "stop_sequences");

    private final YamlInput yaml;

    ParamsReader(YamlInput yaml) {
        this.yaml = yaml;
    }

    /**
     * @param handledElsewhere keys the caller reads itself (e.g. {@code response_format}); not reported
     */
    ModelParams read(MappingNode mapping, String path, Set<String> handledElsewhere) {
        ModelParams params = ModelParams.NONE;
        List<String> ignored = new ArrayList<>();
        Node firstIgnored = null;
        for (Map.Entry<String, Node> key : YamlInput.keys(mapping).entrySet()) {
            String name = key.getKey();
            Node value = YamlInput.get(mapping, name);
            String at = path + "." + name;
            if (TEMPERATURE.contains(name)) {
                params = params.withTemperature(yaml.number(value, at).orElse(null));
            } else if (MAX_TOKENS.contains(name)) {
                params = params.withMaxTokens(yaml.integer(value, at).orElse(null));
            } else if (TOP_P.contains(name)) {
                params = params.withTopP(yaml.number(value, at).orElse(null));
            } else if (STOP.contains(name)) {
                params = params.withStop(yaml.strings(value, at).orElse(null));
            } else if (!handledElsewhere.contains(name)) {
                ignored.add(name);
                firstIgnored = firstIgnored == null ? key.getValue() : firstIgnored;
            }
        }
        if (!ignored.isEmpty()) {
            yaml.warning(firstIgnored, path + ": " + String.join(", ", ignored) + (ignored.size() == 1 ? " is" : " are")
                    + " not imported; Promptsmith prompts set temperature, max tokens, top-p and stop sequences");
        }
        return params;
    }
}
