package dev.promptsmith.dataset;

import dev.promptsmith.project.RecordJson;
import java.util.List;

/** JSON Lines: one record object per line, as in the project's own files. */
final class JsonlFormat implements ImportFormat {

    private final RecordJson json;

    JsonlFormat(RecordJson json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "JSON Lines";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public <T> ImportResult<T> read(ImportRequest<T> request) {
        return new JsonRecordsImporter<>(request.kind(), json).importJsonl(request.file(), request.text(), request.options());
    }
}
