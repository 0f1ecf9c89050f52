package dev.promptsmith.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of one assertion on a cell's output, as stored with the cell.
 *
 * @param expectedLabel for classification checks, the expected class; else null (and not written)
 * @param predictedLabel for classification checks, the class read from the output, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssertionOutcome(String type, boolean pass, double score, String reason, String expectedLabel,
                               String predictedLabel) {

    @JsonCreator
    public AssertionOutcome {
    }

    public AssertionOutcome(String type, boolean pass, double score, String reason) {
        this(type, pass, score, reason, null, null);
    }
}
