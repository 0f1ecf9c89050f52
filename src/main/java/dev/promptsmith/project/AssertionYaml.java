package dev.promptsmith.project;

import dev.promptsmith.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads and writes assertion lists ({@code defaultAssert:}) in YAML. */
final class AssertionYaml {

    private AssertionYaml() {
    }

    static List<Assertion> readList(Node node, String path, YamlRead read) {
        List<Assertion> out = new ArrayList<>();
        Optional<SequenceNode> seq = read.list(node, path);
        if (seq.isPresent()) {
            List<Node> items = seq.get().getValue();
            for (int i = 0; i < items.size(); i++) {
                read(items.get(i), path + "[" + i + "]", read).ifPresent(out::add);
            }
        }
        return out;
    }

    static Optional<Assertion> read(Node node, String path, YamlRead read) {
        if (node == null || YamlNodes.isNull(node)) {
            read.error(node, path + " must be an object with a type, found null");
            return Optional.empty();
        }
        Optional<MappingNode> mapping = read.mapping(node, path);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingNode m = mapping.get();
        Optional<String> type = read.text(YamlNodes.value(m, "type"), path + ".type").filter(t -> !t.isBlank());
        if (type.isEmpty()) {
            read.missing(m, path + ".type", "an assertion type such as contains or equals");
            return Optional.empty();
        }
        Optional<NodeTuple> value = YamlNodes.tuple(m, "value");
        return Optional.of(new Assertion(type.get(),
                value.map(t -> read.value(t.getValueNode(), t.getKeyNode(), path + ".value")).orElse(null),
                read.number(YamlNodes.value(m, "weight"), path + ".weight").orElse(null),
                read.number(YamlNodes.value(m, "threshold"), path + ".threshold").orElse(null)));
    }

    static Node writeList(List<Assertion> values, Node previous, String path) {
        return SequenceEdit.merge(previous, values, items -> quietly(items, path), a -> a, AssertionYaml::write);
    }

    static Node write(Assertion value, Assertion baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        return new MappingEdit(old).fields(value, old == null ? null : baseline)
                .field("type", Assertion::type, YamlNodes::text)
                .field("value", Assertion::value, YamlValues::toNode)
                .field("weight", Assertion::weight, YamlNodes::number)
                .field("threshold", Assertion::threshold, YamlNodes::number)
                .build();
    }

    private static List<Assertion> quietly(List<Node> items, String path) {
        YamlRead quiet = new YamlRead(ProblemLog.discarding(""));
        List<Assertion> out = new ArrayList<>();
        items.forEach(item -> out.add(read(item, path, quiet).orElse(null)));
        return out;
    }
}
