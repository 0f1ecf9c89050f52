package dev.promptsmith.dataset;

import dev.promptsmith.project.RecordJson;
import java.util.List;

/** Writes records as JSON Lines, each line exactly as the project's own {@code tests.jsonl} / {@code examples.jsonl} would hold it. */
public final class JsonlExporter {

    private final RecordJson json;

    public JsonlExporter(RecordJson json) {
        this.json = json;
    }

    public <T> ExportResult export(RecordKind<T> kind, List<T> records) {
        StringBuilder out = new StringBuilder();
        for (T record : records) {
            out.append(kind.toJsonLine(json, record)).append('\n');
        }
        return new ExportResult(out.toString(), List.of());
    }
}
