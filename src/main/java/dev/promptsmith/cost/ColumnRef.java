package dev.promptsmith.cost;

import java.util.Objects;

/**
 * One result column of a run, named the way the results table names it, with the prompt variant
 * and the project model behind it.
 *
 * @param id      the column id, e.g. {@code triage-cot × gpt-4o-mini}, or the model id alone
 * @param prompt  the prompt variant's name
 * @param modelId the project's id of the model ({@code ModelRef.id()})
 */
public record ColumnRef(String id, String prompt, String modelId) {

    public ColumnRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(modelId, "modelId");
    }
}
