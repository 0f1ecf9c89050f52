package dev.promptsmith.project;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.nodes.Node;

/** Writes a node tree as YAML text with its comments, in the layout of the file it came from. */
final class YamlPrinter {

    String print(Node root, YamlStyle style) {
        YamlTextSink sink = new YamlTextSink();
        new Dump(style.dumpSettings()).dumpNode(root, sink);
        String text = sink.toString();
        if (!style.finalNewline() && text.endsWith(style.lineBreak())) {
            text = text.substring(0, text.length() - style.lineBreak().length());
        }
        return text;
    }
}
