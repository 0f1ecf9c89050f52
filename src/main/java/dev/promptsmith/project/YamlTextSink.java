package dev.promptsmith.project;

import java.io.StringWriter;
import org.snakeyaml.engine.v2.api.StreamDataWriter;

/** Collects what SnakeYAML Engine dumps as a string; the engine's own string writer is package-private. */
public final class YamlTextSink extends StringWriter implements StreamDataWriter {

    @Override
    public void write(String str) {
        super.write(str);
    }

    @Override
    public void write(String str, int off, int len) {
        super.write(str, off, len);
    }
}
