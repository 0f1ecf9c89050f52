package dev.promptsmith.export.report;

import java.util.stream.Stream;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** One row per cell, RFC 4180 quoting, for spreadsheets. */
final class CsvReportWriter implements ReportWriter {

    @Override
    public void write(EvalReport report, Writer out) throws IOException {
        List<String> columns = CellRows.columns();
        out.write(String.join(",", columns));
        out.write("\r\n");
        try (Stream<ReportCell> cells = report.cells().get()) {
            for (ReportCell cell : (Iterable<ReportCell>) cells::iterator) {
                Map<String, Object> row = CellRows.row(cell);
                StringBuilder line = new StringBuilder();
                for (String column : columns) {
                    if (line.length() > 0) {
                        line.append(',');
                    }
                    line.append(quote(row.get(column)));
                }
                out.write(line.append("\r\n").toString());
            }
        }
    }

    static String quote(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
