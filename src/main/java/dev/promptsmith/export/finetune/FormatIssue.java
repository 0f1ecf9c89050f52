package dev.promptsmith.export.finetune;

/**
 * A format error in one dataset line, under the OpenAI cookbook's error key.
 *
 * @param key the cookbook's name for it, e.g. {@code missing_content}
 * @param line 1-based line of the JSONL file
 */
public record FormatIssue(String key, int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message + " (" + key + ")";
    }
}
