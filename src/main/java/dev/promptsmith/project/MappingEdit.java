package dev.promptsmith.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds an edited copy of a YAML mapping. A field whose domain value equals its value at load time
 * keeps its original node untouched (comments, quoting, even an invalid value); a changed field
 * replaces only its value node; a new field is appended; an unset field is removed. The original
 * mapping is never modified, so a snapshot stays valid when a save fails.
 */
final class MappingEdit {

    private final MappingNode original;
    private final List<NodeTuple> tuples;
    private final List<CommentLine> endComments = new ArrayList<>();

    MappingEdit(MappingNode original) {
        this.original = original;
        this.tuples = original == null ? new ArrayList<>() : new ArrayList<>(original.getValue());
    }

    /**
     * @param value the new value, null when the field is unset
     * @param baseline the value when the file was read (null for a new mapping)
     * @param render makes the value node from the value and the previous value node (null if none);
     *               returning null removes the field (e.g. a nested mapping that became empty)
     */
    <T> MappingEdit put(String key, T value, T baseline, BiFunction<T, Node, Node> render) {
        return sameValue(value, baseline) ? this : set(key, value, render);
    }

    /** Edits the fields of one record: each field's value in {@code value} against its value in {@code baseline}. */
    <R> Fields<R> fields(R value, R baseline) {
        return new Fields<>(value, baseline);
    }

    /** The fields of one record, put one by one; a null baseline means every set field is new. */
    final class Fields<R> {
        private final R value;
        private final R baseline;

        private Fields(R value, R baseline) {
            this.value = value;
            this.baseline = baseline;
        }

        <T> Fields<R> field(String key, Function<R, T> get, BiFunction<T, Node, Node> render) {
            put(key, get.apply(value), baseline == null ? null : get.apply(baseline), render);
            return this;
        }

        boolean isEmpty() {
            return MappingEdit.this.isEmpty();
        }

        MappingNode build() {
            return MappingEdit.this.build();
        }
    }

    /** Sets a field whatever it held before; a null value removes it. */
    <T> MappingEdit set(String key, T value, BiFunction<T, Node, Node> render) {
        int index = indexOf(key);
        Node previous = index >= 0 ? tuples.get(index).getValueNode() : null;
        replace(index, key, value == null ? null : render.apply(value, previous));
        return this;
    }

    /** Like {@link #put}, but the renderer also decides what an unset value means (it gets null). */
    <T> MappingEdit putNode(String key, T value, T baseline, BiFunction<T, Node, Node> render) {
        if (sameValue(value, baseline)) {
            return this;
        }
        int index = indexOf(key);
        Node previous = index >= 0 ? tuples.get(index).getValueNode() : null;
        replace(index, key, render.apply(value, previous));
        return this;
    }

    /** Adds a field at the top when it is missing, e.g. {@code formatVersion}. */
    MappingEdit putFirstIfMissing(String key, Node value) {
        if (indexOf(key) < 0) {
            tuples.add(0, new NodeTuple(YamlNodes.key(key), value));
        }
        return this;
    }

    boolean isEmpty() {
        return tuples.isEmpty();
    }

    MappingNode build() {
        MappingNode copy = original == null ? new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK)
                : YamlNodes.withCommentsOf(new MappingNode(original.getTag(), true, tuples, original.getFlowStyle(),
                        original.getStartMark(), original.getEndMark()), original);
        if (original != null) {
            copy.setAnchor(original.getAnchor());
        }
        if (!endComments.isEmpty()) {
            List<CommentLine> all = new ArrayList<>(copy.getEndComments() == null ? List.of() : copy.getEndComments());
            all.addAll(endComments);
            copy.setEndComments(all);
        }
        return copy;
    }

    private void replace(int index, String key, Node fresh) {
        if (fresh == null) {
            if (index >= 0) {
                remove(index);
            }
        } else if (index >= 0) {
            tuples.set(index, new NodeTuple(tuples.get(index).getKeyNode(), fresh));
        } else {
            tuples.add(new NodeTuple(YamlNodes.key(key), fresh));
        }
    }

    /**
     * Comments above a removed key move to the key that follows, so a file's header comment survives
     * when its first key goes; blank lines alone go with the key.
     */
    private void remove(int index) {
        List<CommentLine> comments = tuples.get(index).getKeyNode().getBlockComments();
        tuples.remove(index);
        boolean hasText = comments != null && comments.stream().anyMatch(c -> c.getCommentType() != CommentType.BLANK_LINE);
        if (!hasText) {
            return;
        }
        List<CommentLine> moved = new ArrayList<>(comments);
        if (index < tuples.size() && tuples.get(index).getKeyNode() instanceof ScalarNode oldKey) {
            if (oldKey.getBlockComments() != null) {
                moved.addAll(oldKey.getBlockComments());
            }
            // A new key node: the old one still belongs to the snapshot's tree and must not change.
            ScalarNode key = new ScalarNode(oldKey.getTag(), true, oldKey.getValue(), oldKey.getScalarStyle(),
                    oldKey.getStartMark(), oldKey.getEndMark());
            key.setInLineComments(oldKey.getInLineComments());
            key.setBlockComments(moved);
            tuples.set(index, new NodeTuple(key, tuples.get(index).getValueNode()));
        } else {
            endComments.addAll(moved);
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** BigDecimal equality ignores scale: {@code 2.5} and {@code 2.50} are the same budget. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
