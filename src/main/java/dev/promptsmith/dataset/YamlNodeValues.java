package dev.promptsmith.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Small reads of a SnakeYAML Engine node tree: lines, keys, plain Java values. */
final class YamlNodeValues {

    private final LoadSettings settings;

    YamlNodeValues(LoadSettings settings) {
        this.settings = settings;
    }

    /** 1-based line where the node starts; 0 when unknown. */
    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The entries of a mapping by key text, in order; non-scalar keys are left out. */
    static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                out.putIfAbsent(key.getValue(), tuple);
            }
        }
        return out;
    }

    /** The node as plain Java: String, Integer/Long/BigInteger, Double, Boolean, List, Map or null. */
    Object java(Node node) {
        return new StandardConstructor(settings).constructSingleDocument(Optional.of(node));
    }

    /** A scalar's text, or empty for a collection or null. */
    Optional<String> text(Node node) {
        Object value = java(node);
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? Optional.of(value.toString()) : Optional.empty();
    }
}
