package dev.promptsmith.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Builds an edited copy of a YAML sequence of objects (messages, models, assertions) with {@link ListMerge}. */
final class SequenceEdit {

    /** Writes one element, merging into its previous node when there is one. */
    interface ElementWriter<V> {
        Node write(V value, V baseline, Node previous);
    }

    private SequenceEdit() {
    }

    /**
     * @param readAll reads the original items again, quietly: one value per item, null for an item that
     *                was not loaded (it is then kept as it is)
     * @return the new sequence, or null when the list is empty and the key should go
     */
    static <V> Node merge(Node previous, List<V> values, Function<List<Node>, List<V>> readAll,
                          Function<V, ?> identity, ElementWriter<V> writer) {
        SequenceNode old = previous instanceof SequenceNode s ? s : null;
        List<ListMerge.Slot<Node, V>> slots = new ArrayList<>();
        if (old != null) {
            List<V> baselines = readAll.apply(old.getValue());
            for (int i = 0; i < old.getValue().size(); i++) {
                slots.add(new ListMerge.Slot<>(old.getValue().get(i), baselines.get(i)));
            }
        }
        List<Node> items = ListMerge.merge(slots, values, identity, true, (slot, value) -> slot == null
                ? writer.write(value, null, null) : writer.write(value, slot.baseline(), slot.node()));
        if (items.isEmpty()) {
            return null;
        }
        if (old == null) {
            return YamlNodes.withCommentsOf(new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK), previous);
        }
        SequenceNode copy = new SequenceNode(old.getTag(), true, items, old.getFlowStyle(),
                old.getStartMark(), old.getEndMark());
        copy.setAnchor(old.getAnchor());
        return YamlNodes.withCommentsOf(copy, old);
    }
}
