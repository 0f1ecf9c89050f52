package dev.promptsmith.export.code;

/**
 * A generated source file.
 *
 * @param fileName a suggested file name, e.g. {@code triage_zero_shot.py}
 */
public record ExportedCode(String fileName, String text) {
}
