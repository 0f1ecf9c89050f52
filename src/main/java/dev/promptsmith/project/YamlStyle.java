package dev.promptsmith.project;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The layout of a YAML file that the emitter can reproduce: mapping indentation, how far sequence
 * dashes are indented under their key, an explicit {@code ---}, line breaks and the final newline.
 */
record YamlStyle(int indent, int sequenceIndent, boolean explicitStart, String lineBreak, boolean finalNewline) {

    /** The layout of new files and of the format brief: two spaces, dashes indented under their key. */
    static YamlStyle standard() {
        return new YamlStyle(2, 2, false, "\n", true);
    }

    static YamlStyle detect(SourceText source, Node root) {
        int indent = 2;
        int sequenceIndent = 2;
        boolean indentFound = false;
        boolean sequenceFound = false;
        Deque<MappingNode> queue = new ArrayDeque<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (root instanceof MappingNode m && m.getFlowStyle() != FlowStyle.FLOW) {
            queue.add(m);
        }
        while (!queue.isEmpty() && !(indentFound && sequenceFound)) {
            MappingNode mapping = queue.poll();
            for (NodeTuple t : mapping.getValue()) {
                Node value = t.getValueNode();
                int offset = YamlNodes.column(value) - YamlNodes.column(t.getKeyNode());
                if (!seen.add(value) || YamlNodes.line(value) == YamlNodes.line(t.getKeyNode())) {
                    continue;
                }
                if (value instanceof MappingNode child && child.getFlowStyle() != FlowStyle.FLOW) {
                    if (!indentFound && offset >= 1 && offset <= 10) {
                        indent = offset;
                        indentFound = true;
                    }
                    queue.add(child);
                } else if (value instanceof SequenceNode seq && seq.getFlowStyle() != FlowStyle.FLOW) {
                    if (!sequenceFound && offset >= 0 && offset <= 9) {
                        sequenceIndent = offset;
                        sequenceFound = true;
                    }
                    seq.getValue().stream().filter(MappingNode.class::isInstance).findFirst()
                            .ifPresent(item -> queue.add((MappingNode) item));
                }
            }
        }
        return new YamlStyle(indent, sequenceIndent, startsWithDocumentMarker(source.text()),
                source.lineBreak(), source.finalNewline());
    }

    DumpSettings dumpSettings() {
        return DumpSettings.builder()
                .setDumpComments(true)
                .setSchema(new CoreSchema())
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(indent)
                .setIndicatorIndent(sequenceIndent)
                .setIndentWithIndicator(sequenceIndent > 0)
                .setExplicitStart(explicitStart)
                .setBestLineBreak(lineBreak)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
                .build();
    }

    private static boolean startsWithDocumentMarker(String text) {
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("%")) {
                return trimmed.equals("---") || trimmed.startsWith("--- ");
            }
        }
        return false;
    }
}
