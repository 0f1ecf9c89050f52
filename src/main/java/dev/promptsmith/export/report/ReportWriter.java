package dev.promptsmith.export.report;

import java.io.IOException;
import java.io.Writer;

/** Writes an evaluation report in one file format. */
public interface ReportWriter {

    void write(EvalReport report, Writer out) throws IOException;
}
