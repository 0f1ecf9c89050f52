package dev.promptsmith.export.finetune;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the OpenAI cookbook's data checks say about a chat fine-tuning file: format errors with their
 * lines, warnings, token statistics, the default number of epochs and the training cost.
 *
 * @param examples lines read (each line is one example)
 * @param tokensPerExample tokens of each example, chat framing included
 * @param assistantTokensPerExample tokens of the assistant messages of each example
 * @param overLimit examples longer than {@code tokenLimit}, which training truncates
 */
public record ValidationReport(int examples, List<FormatIssue> errors, List<String> warnings,
                               Distribution messagesPerExample, Distribution tokensPerExample,
                               Distribution assistantTokensPerExample, int tokenLimit, int overLimit,
                               TrainingCost cost) {

    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** No format error and at least the minimum number of examples: the file can be uploaded. */
    public boolean ok() {
        return errors.isEmpty() && examples >= DatasetValidator.MIN_EXAMPLES;
    }

    /** How often each cookbook error key occurred, in key order, as the cookbook prints them. */
    public Map<String, Integer> errorCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        errors.forEach(e -> counts.merge(e.key(), 1, Integer::sum));
        return counts;
    }
}
