package dev.promptsmith.dataset;

import dev.promptsmith.project.RecordJson;
import java.util.List;

/** A JSON file holding an array of record objects. */
final class JsonArrayFormat implements ImportFormat {

    private final RecordJson json;

    JsonArrayFormat(RecordJson json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "JSON";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public <T> ImportResult<T> read(ImportRequest<T> request) {
        return new JsonRecordsImporter<>(request.kind(), json).importJsonArray(request.file(), request.text(), request.options());
    }
}
