package dev.promptsmith.cli.report;

import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.assertion.AssertionResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One cell as a flat row of named values, shared by the JSON, CSV and HTML writers. */
final class CellRows {

    private CellRows() {
    }

    static Map<String, Object> row(CellResult cell) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("test", cell.key().testId());
        row.put("column", cell.key().column());
        row.put("prompt", cell.key().prompt());
        row.put("model", cell.key().modelId());
        row.put("repeat", cell.key().repeat());
        row.put("pass", cell.score() != null && cell.score().pass());
        row.put("score", cell.score() == null ? 0.0 : cell.score().score());
        row.put("error", cell.errorMessage());
        row.put("output", cell.output());
        var response = cell.response();
        row.put("latencyMs", response == null || response.latency() == null ? null : response.latency().toMillis());
        row.put("inputTokens", response == null || response.usage() == null ? null : response.usage().inputTokens());
        row.put("outputTokens", response == null || response.usage() == null ? null : response.usage().outputTokens());
        row.put("cacheHit", cell.cacheHit());
        row.put("reasons", reasons(cell));
        return row;
    }

    static List<String> columns() {
        return List.of("test", "column", "prompt", "model", "repeat", "pass", "score", "error", "output", "latencyMs",
                "inputTokens", "outputTokens", "cacheHit", "reasons");
    }

    static String reasons(CellResult cell) {
        if (cell.score() == null) {
            return cell.errorMessage() == null ? "" : cell.errorMessage();
        }
        return cell.score().results().stream().filter(r -> !r.pass()).map(AssertionResult::reason)
                .collect(Collectors.joining("; "));
    }
}
