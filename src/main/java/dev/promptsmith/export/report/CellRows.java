package dev.promptsmith.export.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One cell as a flat row of named values, shared by the JSON and CSV writers. */
final class CellRows {

    private CellRows() {
    }

    static Map<String, Object> row(ReportCell cell) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("test", cell.test());
        row.put("column", cell.column());
        row.put("prompt", cell.prompt());
        row.put("model", cell.model());
        row.put("repeat", cell.repeat());
        row.put("pass", cell.pass());
        row.put("score", cell.score());
        row.put("error", cell.error());
        row.put("output", cell.output());
        row.put("latencyMs", cell.latencyMs());
        row.put("inputTokens", cell.inputTokens());
        row.put("outputTokens", cell.outputTokens());
        row.put("cacheHit", cell.cacheHit());
        row.put("reasons", cell.reasons());
        return row;
    }

    static List<String> columns() {
        return List.of("test", "column", "prompt", "model", "repeat", "pass", "score", "error", "output", "latencyMs",
                "inputTokens", "outputTokens", "cacheHit", "reasons");
    }
}
