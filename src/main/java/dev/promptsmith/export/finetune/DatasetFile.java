package dev.promptsmith.export.finetune;

import java.util.List;

/**
 * A written dataset: JSON Lines text, one training example per line, and the examples the format
 * could not take, with the reason.
 */
public record DatasetFile(String jsonl, int lines, List<Refusal> refused) {

    public DatasetFile {
        refused = List.copyOf(refused);
    }
}
