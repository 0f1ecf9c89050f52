package dev.promptsmith.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** CSV with a header row; columns are mapped by the header, then by the request's edits. */
final class CsvFormat implements ImportFormat {

    private final ExpectedSyntax syntax;
    private final ObjectMapper json;

    CsvFormat(ExpectedSyntax syntax, ObjectMapper json) {
        this.syntax = syntax;
        this.json = json;
    }

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv");
    }

    @Override
    public boolean hasColumns() {
        return true;
    }

    @Override
    public <T> ImportResult<T> read(ImportRequest<T> request) {
        CsvTable table = CsvTable.read(request.file(), request.text());
        ColumnMapping mapping = request.mapping().apply(ColumnMapping.guess(table.header(), request.kind()));
        return new CsvImporter<>(request.kind(), syntax, json).importTable(table, mapping, request.options());
    }
}
