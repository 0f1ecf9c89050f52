package dev.promptsmith.project;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The file-level steps shared by YAML project files: decoding, parsing, root checks and rendering. */
final class YamlFiles {

    /**
     * @param document the parsed file, or null when it could not be parsed
     * @param root the root mapping (empty for an empty file), or null when there is none to read
     * @param writable false when a save must leave the file alone
     */
    record Parsed(YamlDocument document, MappingNode root, boolean writable) {
    }

    private final YamlParser parser = new YamlParser();
    private final YamlPrinter printer = new YamlPrinter();

    Parsed parse(SourceText source, ProblemLog log, String expectedKeys) {
        boolean writable = true;
        if (!source.isValidUtf8()) {
            log.invalidUtf8(source);
            writable = false;
        }
        YamlDocument document = parser.parse(source, log);
        if (document == null) {
            return new Parsed(null, null, false);
        }
        Node root = document.root();
        if (root == null) {
            return new Parsed(document, new MappingNode(Tag.MAP, List.of(), FlowStyle.BLOCK), writable);
        }
        if (!(root instanceof MappingNode mapping)) {
            log.error(YamlNodes.line(root), YamlNodes.column(root), "the file must be a YAML mapping of keys such as "
                    + expectedKeys + ", found " + YamlNodes.describe(root));
            return new Parsed(document, null, false);
        }
        return new Parsed(document, mapping, writable);
    }

    /**
     * The bytes of an edited file, in the layout of the original (or the standard layout for a new file).
     * When the merge changed no node (a value equal in meaning, such as 2.5 for 2.50) the original
     * bytes are kept, so the file is not rewritten for nothing.
     */
    byte[] render(YamlDocument original, MappingNode root) {
        if (original == null) {
            return printer.print(root, YamlStyle.standard()).getBytes(StandardCharsets.UTF_8);
        }
        String text = printer.print(root, original.style());
        if (original.root() != null && text.equals(printer.print(original.root(), original.style()))) {
            return original.source().bytes();
        }
        return original.source().encode(text);
    }

    /** The original root as a mapping to merge into, or null to build a new one. */
    static MappingNode rootOf(YamlSource<?> source) {
        return source != null && source.exists() && source.document().root() instanceof MappingNode m ? m : null;
    }
}
