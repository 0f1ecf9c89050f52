package dev.promptsmith.project;

import java.io.StringWriter;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.nodes.Node;

/** Writes a node tree as YAML text with its comments, in the layout of the file it came from. */
final class YamlPrinter {

    String print(Node root, YamlStyle style) {
        TextSink sink = new TextSink();
        new Dump(style.dumpSettings()).dumpNode(root, sink);
        String text = sink.toString();
        if (!style.finalNewline() && text.endsWith(style.lineBreak())) {
            text = text.substring(0, text.length() - style.lineBreak().length());
        }
        return text;
    }

    /** The engine's own string writer is package-private. */
    private static final class TextSink extends StringWriter implements StreamDataWriter {
        @Override
        public void write(String str) {
            super.write(str);
        }

        @Override
        public void write(String str, int off, int len) {
            super.write(str, off, len);
        }
    }
}
