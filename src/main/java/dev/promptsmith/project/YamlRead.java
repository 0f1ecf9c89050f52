package dev.promptsmith.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reads of YAML nodes that report a wrong type as a problem at the node instead of throwing.
 * A missing or null node reads as empty without a problem; required fields are checked by callers.
 */
final class YamlRead {

    private final ProblemLog log;

    YamlRead(ProblemLog log) {
        this.log = log;
    }

    void error(Node at, String message) {
        log.error(YamlNodes.line(at), YamlNodes.column(at), message);
    }

    void warning(Node at, String message) {
        log.warning(YamlNodes.line(at), YamlNodes.column(at), message);
    }

    static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Checks a file's root mapping, which is not read through {@link #mapping}. */
    MappingNode root(MappingNode root) {
        reportDuplicateKeys(root, "");
        return root;
    }

    Optional<MappingNode> mapping(Node node, String path) {
        if (node == null || YamlNodes.isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof MappingNode m) {
            reportDuplicateKeys(m, path);
            return Optional.of(m);
        }
        return wrongType(node, path, "an object");
    }

    Optional<SequenceNode> list(Node node, String path) {
        if (node == null || YamlNodes.isNull(node)) {
            return Optional.empty();
        }
        return node instanceof SequenceNode s ? Optional.of(s) : wrongType(node, path, "a list");
    }

    /** Any non-null scalar reads as its text: in YAML {@code name: 2024} is meant as a name, not a number. */
    Optional<String> text(Node node, String path) {
        if (node == null || YamlNodes.isNull(node)) {
            return Optional.empty();
        }
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : wrongType(node, path, "a string");
    }

    Optional<Double> number(Node node, String path) {
        return decimal(node, path).map(BigDecimal::doubleValue);
    }

    Optional<BigDecimal> decimal(Node node, String path) {
        if (node == null || YamlNodes.isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            Optional<BigDecimal> parsed = YamlValues.decimal(s);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return wrongType(node, path, "a number");
    }

    Optional<Integer> integer(Node node, String path, int min) {
        if (node == null || YamlNodes.isNull(node)) {
            return Optional.empty();
        }
        Optional<Long> parsed = node instanceof ScalarNode s && s.getTag().equals(Tag.INT)
                ? YamlValues.integer(s) : Optional.empty();
        if (parsed.isEmpty() || parsed.get() < min || parsed.get() > Integer.MAX_VALUE) {
            return wrongType(node, path, "an integer >= " + min);
        }
        return Optional.of(parsed.get().intValue());
    }

    Optional<List<String>> strings(Node node, String path) {
        Optional<SequenceNode> seq = list(node, path);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        List<Node> items = seq.get().getValue();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof ScalarNode s && !YamlNodes.isNull(s)) {
                out.add(s.getValue());
            } else {
                error(item, path + "[" + i + "] must be a string, found " + YamlNodes.describe(item));
            }
        }
        return Optional.of(out);
    }

    /** One of a fixed set of keys, e.g. {@code jinja | raw}. */
    <E> Optional<E> choice(Node node, String path, Function<String, Optional<E>> parse, List<String> keys) {
        Optional<String> text = text(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = parse.apply(text.get());
        if (value.isEmpty()) {
            error(node, path + " must be one of " + String.join(", ", keys) + ", found '"
                    + YamlNodes.shorten(text.get()) + "'");
        }
        return value;
    }

    /**
     * A plain Java value (String, Number, Boolean, List, Map or null); problems for cycles and huge
     * expansions are reported at {@code at}, since an alias's node carries the position of its anchor.
     */
    Object value(Node node, Node at, String path) {
        try {
            return YamlValues.toJava(node);
        } catch (YamlValues.TooComplexException e) {
            error(at, path + " " + e.getMessage());
            return null;
        }
    }

    void missing(Node parent, String path, String expected) {
        error(parent, path + " is missing; expected " + expected);
    }

    private void reportDuplicateKeys(MappingNode mapping, String path) {
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                Node first = seen.putIfAbsent(k.getValue(), k);
                if (first != null) {
                    error(k, "duplicate key '" + path(path, k.getValue()) + "' (first on line "
                            + YamlNodes.line(first) + "); the first one is used");
                }
            }
        }
    }

    private <T> Optional<T> wrongType(Node node, String path, String expected) {
        error(node, path + " must be " + expected + ", found " + YamlNodes.describe(node));
        return Optional.empty();
    }
}
