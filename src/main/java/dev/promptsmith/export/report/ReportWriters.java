package dev.promptsmith.export.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report formats, chosen by the output file's extension. */
public final class ReportWriters {

    private static final Map<String, ReportWriter> BY_EXTENSION = Map.of(
            "json", new JsonReportWriter(false),
            "jsonl", new JsonReportWriter(true),
            "csv", new CsvReportWriter(),
            "html", new HtmlReportWriter(),
            "xml", new JunitReportWriter());

    private ReportWriters() {
    }

    public static Optional<ReportWriter> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1)));
    }

    public static String extensions() {
        return ".json, .jsonl, .csv, .html, .xml (JUnit)";
    }
}
