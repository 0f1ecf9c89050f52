package dev.promptsmith.project;

import dev.promptsmith.model.ModelParams;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads and writes a {@code params:} mapping, used by prompts and by models. */
final class ParamsYaml {

    private ParamsYaml() {
    }

    static ModelParams read(Node node, String path, YamlRead read) {
        Optional<MappingNode> mapping = read.mapping(node, path);
        if (mapping.isEmpty()) {
            return ModelParams.NONE;
        }
        MappingNode m = mapping.get();
        return new ModelParams(
                read.number(YamlNodes.value(m, "temperature"), YamlRead.path(path, "temperature")).orElse(null),
                read.integer(YamlNodes.value(m, "maxTokens"), YamlRead.path(path, "maxTokens"), 1).orElse(null),
                read.number(YamlNodes.value(m, "topP"), YamlRead.path(path, "topP")).orElse(null),
                read.strings(YamlNodes.value(m, "stop"), YamlRead.path(path, "stop")).orElse(null));
    }

    /** The edited mapping, or null when no parameter is left. */
    static Node write(ModelParams value, ModelParams baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        ModelParams base = old == null || baseline == null ? ModelParams.NONE : baseline;
        MappingEdit.Fields<ModelParams> edit = new MappingEdit(old).fields(value, base)
                .field("temperature", ModelParams::temperature, YamlNodes::number)
                .field("maxTokens", ModelParams::maxTokens, YamlNodes::number)
                .field("topP", ModelParams::topP, YamlNodes::number)
                .field("stop", ModelParams::stop, YamlNodes::strings);
        return edit.isEmpty() ? null : YamlNodes.withCommentsOf(edit.build(), old == null ? previous : null);
    }
}
