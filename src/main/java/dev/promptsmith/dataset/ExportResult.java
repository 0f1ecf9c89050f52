package dev.promptsmith.dataset;

import java.util.List;

/**
 * An exported file's text, and what the format could not carry exactly.
 *
 * @param notes one sentence per record or field written inexactly or left out; empty when nothing was lost
 */
public record ExportResult(String text, List<String> notes) {

    public ExportResult {
        notes = List.copyOf(notes);
    }

    public boolean exact() {
        return notes.isEmpty();
    }
}
