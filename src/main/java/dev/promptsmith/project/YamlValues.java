package dev.promptsmith.project;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Conversions between YAML nodes and plain Java values (YAML 1.2 core schema scalars). */
final class YamlValues {

    /** Aliases can make a small file expand hugely; no value in a project needs more nodes than this. */
    static final int MAX_NODES = 10_000;

    /** A value that is recursive or too large to convert. */
    static final class TooComplexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplexException(String message) {
            super(message, null, false, false);
        }
    }

    private YamlValues() {
    }

    static Object toJava(Node node) {
        return new Converter().convert(node);
    }

    static Optional<Long> integer(ScalarNode scalar) {
        String text = scalar.getValue().replace("_", "");
        try {
            int sign = text.startsWith("-") ? -1 : 1;
            String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            if (digits.startsWith("0x")) {
                return Optional.of(sign * Long.parseLong(digits.substring(2), 16));
            }
            if (digits.startsWith("0o")) {
                return Optional.of(sign * Long.parseLong(digits.substring(2), 8));
            }
            return Optional.of(sign * Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.empty(); // beyond long: callers report it as a wrong value
        }
    }

    /** Finite numbers only: {@code .inf} and {@code .nan} are never meaningful settings. */
    static Optional<BigDecimal> decimal(ScalarNode scalar) {
        if (scalar.getTag().equals(Tag.INT)) {
            return integer(scalar).map(BigDecimal::valueOf);
        }
        try {
            return Optional.of(new BigDecimal(scalar.getValue().replace("_", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A node for a plain Java value; lists of scalars are written in flow style. */
    static Node toNode(Object value, Node previous) {
        if (value == null) {
            return YamlNodes.nullValue(previous);
        }
        if (value instanceof String s) {
            return YamlNodes.text(s, previous);
        }
        if (value instanceof Number n) {
            return YamlNodes.number(n, previous);
        }
        if (value instanceof Boolean b) {
            return YamlNodes.bool(b, previous);
        }
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((k, v) -> tuples.add(new NodeTuple(YamlNodes.key(String.valueOf(k)), toNode(v, null))));
            return YamlNodes.withCommentsOf(new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK), previous);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            boolean scalars = true;
            for (Object item : list) {
                items.add(toNode(item, null));
                scalars &= !(item instanceof Map || item instanceof List);
            }
            FlowStyle style = scalars ? FlowStyle.FLOW : FlowStyle.BLOCK;
            return YamlNodes.withCommentsOf(new SequenceNode(Tag.SEQ, items, style), previous);
        }
        return YamlNodes.text(value.toString(), previous);
    }

    private static final class Converter {
        private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
        private int visited;

        Object convert(Node node) {
            if (++visited > MAX_NODES) {
                throw new TooComplexException("is too large (more than " + MAX_NODES + " values after expanding aliases)");
            }
            if (node instanceof ScalarNode s) {
                return scalar(s);
            }
            if (!inProgress.add(node)) {
                throw new TooComplexException("contains itself through an alias; expected a finite value");
            }
            try {
                if (node instanceof SequenceNode seq) {
                    List<Object> list = new ArrayList<>();
                    seq.getValue().forEach(item -> list.add(convert(item)));
                    return list;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple t : ((MappingNode) node).getValue()) {
                    Object key = convert(t.getKeyNode());
                    map.putIfAbsent(String.valueOf(key), convert(t.getValueNode()));
                }
                return map;
            } finally {
                inProgress.remove(node);
            }
        }

        private static Object scalar(ScalarNode s) {
            Tag tag = s.getTag();
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return Boolean.valueOf(s.getValue().toLowerCase(java.util.Locale.ROOT));
            }
            if (tag.equals(Tag.INT)) {
                Optional<Long> n = integer(s);
                if (n.isEmpty()) {
                    return bigInteger(s.getValue());
                }
                long v = n.get();
                return v == (int) v ? (Object) (int) v : (Object) v;
            }
            if (tag.equals(Tag.FLOAT)) {
                return floatValue(s.getValue());
            }
            return s.getValue();
        }

        private static Object bigInteger(String text) {
            try {
                return new BigInteger(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text; // hex or octal beyond long: keep the text rather than lose it
            }
        }

        private static Object floatValue(String text) {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            if (t.endsWith(".nan")) {
                return Double.NaN;
            }
            if (t.endsWith(".inf")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.valueOf(t);
        }
    }
}
