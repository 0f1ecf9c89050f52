package dev.promptsmith.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Lookups, positions and factories for SnakeYAML Engine nodes. */
final class YamlNodes {

    private static final int MAX_SHOWN = 40;

    private YamlNodes() {
    }

    /** 1-based line of a node; SnakeYAML marks are 0-based. */
    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    static Optional<NodeTuple> tuple(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The value node of the first entry with this key, or null. */
    static Node value(MappingNode mapping, String key) {
        return tuple(mapping, key).map(NodeTuple::getValueNode).orElse(null);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** How a node reads in a message: {@code string 'hot'}, {@code number 3}, {@code list}, {@code object}. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "object";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return "null";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "number " + scalar.getValue();
        }
        if (tag.equals(Tag.BOOL)) {
            return "boolean " + scalar.getValue();
        }
        return "string '" + shorten(scalar.getValue()) + "'";
    }

    static String shorten(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
    }

    static ScalarNode key(String key) {
        return new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN);
    }

    /**
     * A string scalar. Multi-line text becomes a literal block ({@code |}) unless a line ends in
     * whitespace, which a block scalar cannot keep (then double quotes); single-line text keeps the
     * previous quotes, else it is plain and the emitter quotes it only when YAML needs it.
     */
    static ScalarNode text(String value, Node previous) {
        ScalarStyle style = ScalarStyle.PLAIN;
        ScalarStyle old = previous instanceof ScalarNode s ? s.getScalarStyle() : null;
        if (value.contains("\n")) {
            style = literalSafe(value) ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED;
        } else if (old == ScalarStyle.SINGLE_QUOTED || old == ScalarStyle.DOUBLE_QUOTED) {
            style = old;
        }
        return withCommentsOf(new ScalarNode(Tag.STR, value, style), previous);
    }

    static ScalarNode number(Number value, Node previous) {
        String text = formatNumber(value);
        Tag tag = text.contains(".") || text.contains("inf") || text.contains("nan") ? Tag.FLOAT : Tag.INT;
        return withCommentsOf(new ScalarNode(tag, text, ScalarStyle.PLAIN), previous);
    }

    static ScalarNode bool(boolean value, Node previous) {
        return withCommentsOf(new ScalarNode(Tag.BOOL, String.valueOf(value), ScalarStyle.PLAIN), previous);
    }

    static ScalarNode nullValue(Node previous) {
        return withCommentsOf(new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN), previous);
    }

    /** A list of strings; new lists are written in flow style ({@code [a, b]}), old ones keep theirs. */
    static SequenceNode strings(List<String> values, Node previous) {
        List<Node> items = new ArrayList<>();
        for (String v : values) {
            items.add(text(v, null));
        }
        FlowStyle style = previous instanceof SequenceNode s ? s.getFlowStyle() : FlowStyle.FLOW;
        return withCommentsOf(new SequenceNode(Tag.SEQ, items, style), previous);
    }

    /** Keeps the comments around a value when only the value changes. */
    static <T extends Node> T withCommentsOf(T fresh, Node previous) {
        if (previous != null) {
            fresh.setBlockComments(previous.getBlockComments());
            fresh.setInLineComments(previous.getInLineComments());
            fresh.setEndComments(previous.getEndComments());
        }
        return fresh;
    }

    static String formatNumber(Number value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return ".nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? ".inf" : "-.inf";
            }
            BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
            return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    /** Whether a literal block scalar can hold the text exactly. */
    private static boolean literalSafe(String value) {
        if (value.endsWith(" ") || value.endsWith("\t")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineEnd = i + 1 == value.length() || value.charAt(i + 1) == '\n';
            if ((c == ' ' || c == '\t') && lineEnd || c == '\r' || c < 0x20 && c != '\n' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
