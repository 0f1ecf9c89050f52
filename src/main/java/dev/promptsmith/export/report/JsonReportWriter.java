package dev.promptsmith.export.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON (summary plus cells) or JSON Lines (one cell per line, for tools that stream). */
final class JsonReportWriter implements ReportWriter {

    private final boolean lines;
    private final ObjectMapper mapper = new ObjectMapper();

    JsonReportWriter(boolean lines) {
        this.lines = lines;
    }

    @Override
    public void write(EvalReport report, Writer out) throws IOException {
        if (lines) {
            try (Stream<ReportCell> cells = report.cells().get()) {
                for (ReportCell cell : (Iterable<ReportCell>) cells::iterator) {
                    out.write(mapper.writeValueAsString(CellRows.row(cell)));
                    out.write('\n');
                }
            }
            return;
        }
        // Written piece by piece so the cells stream from the store instead of building one big tree.
        ObjectMapper pretty = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("project", report.project());
        head.put("runId", report.runId());
        head.put("columns", report.columns());
        String headJson = pretty.writeValueAsString(head);
        out.write(headJson, 0, headJson.lastIndexOf('}'));
        out.write(",\n  \"cells\" : [");
        boolean first = true;
        try (Stream<ReportCell> cells = report.cells().get()) {
            for (ReportCell cell : (Iterable<ReportCell>) cells::iterator) {
                out.write(first ? "\n    " : ",\n    ");
                out.write(mapper.writeValueAsString(CellRows.row(cell)));
                first = false;
            }
        }
        out.write("\n  ]\n}\n");
    }
}
