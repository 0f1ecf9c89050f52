package dev.promptsmith.eval.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scored result, the input of every metric: a test case (row) in a column (prompt variant ×
 * model, e.g. "triage-cot × gpt-4o-mini") on one repeat.
 *
 * @param repeat          0-based index of the repeat of this case in this column
 * @param score           the assertions' combined score, 0..1
 * @param error           a provider or template error; the cell then counts as a fail with score 0,
 *                        and is also counted apart so the summary can say "3 errors"
 * @param costUsd         the call's cost, or null when the model is unpriced (unknown, never 0)
 * @param split           "dev", "heldout", or null when the test has none
 * @param expectedLabel   the expected class for classification tests, else null
 * @param predictedLabel  the class extracted from the output, or null when none could be
 * @param assertionPasses assertion type → whether it passed, for the per-assertion breakdown
 */
public record ScoredCell(String testId, String columnId, int repeat, boolean pass, double score, boolean error,
        long latencyMs, int inputTokens, int outputTokens, BigDecimal costUsd, List<String> tags, String split,
        String output, String expectedLabel, String predictedLabel, Map<String, Boolean> assertionPasses) {

    public ScoredCell {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(columnId, "columnId");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1, was " + score);
        }
        if (repeat < 0 || latencyMs < 0 || inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("repeat, latency and tokens must be ≥ 0");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        output = output == null ? "" : output;
        assertionPasses = assertionPasses == null ? Map.of() : Map.copyOf(assertionPasses);
    }

    /** Whether the cell counts as passed: an error is a fail whatever the flags say. */
    public boolean passed() {
        return pass && !error;
    }

    /** The score that enters means: an error produced nothing usable, so it scores 0. */
    public double effectiveScore() {
        return error ? 0 : score;
    }
}
