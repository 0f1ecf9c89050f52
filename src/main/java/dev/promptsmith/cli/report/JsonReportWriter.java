package dev.promptsmith.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.promptsmith.eval.CellResult;
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
            for (CellResult cell : report.cells()) {
                out.write(mapper.writeValueAsString(CellRows.row(cell)));
                out.write('\n');
            }
            return;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("project", report.project());
        root.put("runId", report.runId());
        root.put("columns", report.columns());
        root.put("cells", report.cells().stream().map(CellRows::row).toList());
        mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosing(out), root);
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
