package dev.promptsmith.export.promptfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML (or JSON, which is YAML) with the line of every node, and reports wrong types as problems
 * at the node instead of throwing. A missing or null node reads as empty without a problem.
 */
final class YamlInput {

    /** Imported files nest a handful of levels; deeper values are refused, which also stops alias cycles. */
    private static final int MAX_DEPTH = 64;

    private final ProblemList problems;
    private final int firstLine;

    /** @param firstLine the file line the parsed text starts on (front matter starts below its fence) */
    YamlInput(ProblemList problems, int firstLine) {
        this.problems = problems;
        this.firstLine = firstLine;
    }

    YamlInput(ProblemList problems) {
        this(problems, 1);
    }

    ProblemList problems() {
        return problems;
    }

    /** The root node, or empty after a syntax error (reported) or for an empty document. */
    Optional<Node> parse(String text, String what) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema())
                .setMaxAliasesForCollections(50).setAllowRecursiveKeys(false).build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            // At the end of the file the problem mark says nothing; the construct left open says where to look.
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream") && e.getContextMark().isPresent();
            Optional<Mark> at = e.getProblemMark().isPresent() && !atEnd ? e.getProblemMark() : e.getContextMark();
            problems.error(at.map(m -> m.getLine() + firstLine).orElse(firstLine),
                    "invalid " + what + ": " + e.getProblem() + contextOf(e));
        } catch (YamlEngineException e) {
            problems.error(firstLine, "invalid " + what + ": " + firstLineOf(e.getMessage()));
        }
        return Optional.empty();
    }

    int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + firstLine).orElse(0);
    }

    void error(Node at, String message) {
        problems.error(line(at), message);
    }

    void warning(Node at, String message) {
        problems.warning(line(at), message);
    }

    static Node get(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** The keys in file order with their key nodes, for reporting keys that are not imported. */
    static Map<String, Node> keys(MappingNode mapping) {
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.putIfAbsent(k.getValue(), k);
            }
        }
        return keys;
    }

    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    Optional<MappingNode> mapping(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        return node instanceof MappingNode m ? Optional.of(m) : wrongType(node, path, "an object");
    }

    Optional<SequenceNode> list(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        return node instanceof SequenceNode s ? Optional.of(s) : wrongType(node, path, "a list");
    }

    Optional<String> text(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : wrongType(node, path, "a string");
    }

    Optional<Double> number(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                return Optional.of(Double.valueOf(s.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // falls through to the type problem: .inf and hex are not meaningful here
            }
        }
        return wrongType(node, path, "a number");
    }

    Optional<Integer> integer(Node node, String path) {
        if (isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int value = Integer.parseInt(s.getValue().replace("_", ""));
                if (value >= 1) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // falls through to the type problem
            }
        }
        return wrongType(node, path, "a whole number >= 1");
    }

    /** A list of strings; a single string is read as a list of one, as chat APIs accept for {@code stop}. */
    Optional<List<String>> strings(Node node, String path) {
        if (node instanceof ScalarNode s && !isNull(s)) {
            return Optional.of(List.of(s.getValue()));
        }
        Optional<SequenceNode> seq = list(node, path);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.get().getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) {
                out.add(s.getValue());
            } else {
                error(item, path + " must list strings, found " + describe(item));
            }
        }
        return Optional.of(out);
    }

    /** A plain Java value: String, Integer, Long, Double, Boolean, List, Map (in file order) or null. */
    Object value(Node node, String path) {
        if (node == null) {
            return null;
        }
        try {
            return toJava(node, 0);
        } catch (IllegalStateException e) {
            error(node, path + " is nested deeper than " + MAX_DEPTH + " levels (or refers to itself); it is not imported");
            return null;
        }
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "an object";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        if (s.getTag().equals(Tag.NULL)) {
            return "null";
        }
        if (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) {
            return "the number " + s.getValue();
        }
        if (s.getTag().equals(Tag.BOOL)) {
            return s.getValue();
        }
        String text = s.getValue().replace("\n", "\\n");
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    private <T> Optional<T> wrongType(Node node, String path, String expected) {
        error(node, path + " must be " + expected + ", found " + describe(node));
        return Optional.empty();
    }

    private static Object toJava(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            seq.getValue().forEach(item -> list.add(toJava(item, depth + 1)));
            return list;
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                out.putIfAbsent(String.valueOf(toJava(t.getKeyNode(), depth + 1)), toJava(t.getValueNode(), depth + 1));
            }
            return out;
        }
        return scalar((ScalarNode) node);
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String text = s.getValue();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        }
        try {
            if (tag.equals(Tag.INT)) {
                long value = Long.parseLong(text.replace("_", ""));
                return value == (int) value ? (Object) (int) value : (Object) value;
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.valueOf(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return text; // hex, octal or .inf: keep the text rather than lose the value
        }
        return text;
    }

    private String contextOf(MarkedYamlEngineException e) {
        return e.getContext() == null ? "" : " (" + e.getContext() + e.getContextMark()
                .map(m -> " that starts on line " + (m.getLine() + firstLine)).orElse("") + ")";
    }

    private static String firstLineOf(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
