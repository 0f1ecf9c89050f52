package dev.promptsmith.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Gives back the blank lines that follow a block scalar ({@code system: |}). The scanner takes them
 * as part of the scalar and chomping then drops them, so the emitter would glue the next key to the
 * text; they are re-attached as blank-line comments of the key that follows.
 */
final class YamlBlankLines {

    private YamlBlankLines() {
    }

    static void restore(Node root, String text) {
        String[] lines = text.split("\n", -1);
        visit(root, null, lines, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** @param following the key written right after this node, if any */
    private static void visit(Node node, Node following, String[] lines, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = mapping.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                Node next = i + 1 < tuples.size() ? tuples.get(i + 1).getKeyNode() : following;
                handle(tuples.get(i).getValueNode(), next, lines, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                // Comments before a sequence item are written after its dash; only the last item hands
                // its blank lines on, to the key after the whole sequence.
                handle(items.get(i), i + 1 == items.size() ? following : null, lines, seen);
            }
        }
    }

    private static void handle(Node value, Node next, String[] lines, Set<Node> seen) {
        if (value instanceof ScalarNode scalar && isBlock(scalar)) {
            if (next != null) {
                addBlankLines(scalar, next, lines);
            }
        } else {
            visit(value, next, lines, seen);
        }
    }

    private static boolean isBlock(ScalarNode scalar) {
        return scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED;
    }

    private static void addBlankLines(ScalarNode scalar, Node next, String[] lines) {
        Optional<Mark> end = scalar.getEndMark();
        if (end.isEmpty() || end.get().getColumn() != 0) {
            return;
        }
        int blank = 0;
        for (int line = end.get().getLine() - 1; line >= 0 && line < lines.length && lines[line].isBlank(); line--) {
            blank++;
        }
        int keptInValue = Math.max(0, trailingNewlines(scalar.getValue()) - 1);
        int lost = blank - keptInValue;
        if (lost <= 0) {
            return;
        }
        List<CommentLine> comments = new ArrayList<>();
        for (int i = 0; i < lost; i++) {
            comments.add(new CommentLine(Optional.empty(), Optional.empty(), "", CommentType.BLANK_LINE));
        }
        if (next.getBlockComments() != null) {
            comments.addAll(next.getBlockComments());
        }
        next.setBlockComments(comments);
    }

    private static int trailingNewlines(String value) {
        int count = 0;
        for (int i = value.length() - 1; i >= 0 && value.charAt(i) == '\n'; i--) {
            count++;
        }
        return count;
    }
}
