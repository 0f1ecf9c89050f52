package dev.promptsmith.export.promptfile;

/** Writes one prompt variant in a portable file format. */
public interface PromptFileExporter {

    ExportResult export(ExportRequest request);
}
