package dev.promptsmith.export.promptfile;

import dev.promptsmith.project.YamlTextSink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes plain Java values (maps in insertion order) as YAML that reads well and diffs well: block
 * style, multi-line text as literal blocks, short lists of scalars in flow style, no line folding.
 */
final class YamlOutput {

    private static final int FLOW_LIST_MAX = 80;
    /** Plain scalars that YAML 1.1 resolves to booleans, nulls, numbers (sexagesimal, octal, binary) or timestamps. */
    private static final Pattern YAML_11_SPECIAL = Pattern.compile(String.join("|",
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "~|null|Null|NULL|<<|=",
            "[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)",
            "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

    private YamlOutput() {
    }

    static String write(Map<String, Object> root) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .build();
        YamlTextSink sink = new YamlTextSink();
        new Dump(settings).dumpNode(node(root), sink);
        return sink.toString();
    }

    private static Node node(Object value) {
        if (value == null) {
            return new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
        }
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Boolean b) {
            return new ScalarNode(Tag.BOOL, b.toString(), ScalarStyle.PLAIN);
        }
        if (value instanceof Number n) {
            String text = number(n);
            return new ScalarNode(text.contains(".") || text.contains("E") ? Tag.FLOAT : Tag.INT, text, ScalarStyle.PLAIN);
        }
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((k, v) -> tuples.add(new NodeTuple(text(String.valueOf(k)), node(v))));
            return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            list.forEach(item -> items.add(node(item)));
            return new SequenceNode(Tag.SEQ, items, flowFits(list) ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        return text(value.toString());
    }

    /**
     * Multi-line text as a literal block unless a line ends in a space, which a block cannot keep. Text
     * that YAML 1.1 readers would take for something else is quoted: promptfoo reads with js-yaml
     * (2024-03-05 becomes a Date) and Prompty with PyYAML (yes, on, 1:20 and 0755 are not text there).
     */
    private static ScalarNode text(String value) {
        ScalarStyle style = value.contains("\n")
                ? (literalSafe(value) ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED)
                : YAML_11_SPECIAL.matcher(value).matches() ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, style);
    }

    /** Whole numbers without a fraction; other doubles in their shortest exact form. */
    static String number(Number n) {
        if (n instanceof Double || n instanceof Float || n instanceof BigDecimal) {
            BigDecimal exact = new BigDecimal(n.toString()).stripTrailingZeros();
            return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
        }
        return n.toString();
    }

    private static boolean flowFits(List<?> list) {
        int length = 0;
        for (Object item : list) {
            if (item instanceof Map || item instanceof List || item instanceof String s && s.contains("\n")) {
                return false;
            }
            length += String.valueOf(item).length() + 2;
        }
        return length <= FLOW_LIST_MAX;
    }

    private static boolean literalSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineEnd = i + 1 == value.length() || value.charAt(i + 1) == '\n';
            if ((c == ' ' || c == '\t') && lineEnd || c == '\r' || c < 0x20 && c != '\n' && c != '\t'
                    || c == '\uFEFF' || c >= 0x7F && c <= 0x9F) {
                return false;
            }
        }
        return true;
    }
}
