package dev.promptsmith.project;

import java.util.List;
import java.util.Objects;

/**
 * A JSONL file as read: its source and its lines. A file that did not exist has a null source and no lines.
 */
record JsonlSource<T>(String path, SourceText source, List<JsonlLine<T>> lines) {

    JsonlSource {
        lines = List.copyOf(lines);
    }

    List<T> records() {
        return lines.stream().map(JsonlLine::record).filter(Objects::nonNull).toList();
    }

    boolean exists() {
        return source != null;
    }
}
