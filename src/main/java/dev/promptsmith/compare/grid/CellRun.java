package dev.promptsmith.compare.grid;

import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.assertion.AssertionResult;
import dev.promptsmith.eval.assertion.TestScore;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.StoredCell;
import java.math.BigDecimal;
import java.util.List;

/**
 * One call of a cell (one repeat), as the comparison grid shows it, whether it comes from a run in
 * progress ({@link CellResult}) or from the results store ({@link StoredCell}).
 *
 * @param output     the text, or the partial text received before an error; never null
 * @param pass       the assertions' verdict; false when the call failed or was not scored
 * @param score      the assertions' combined score, 0..1; 0 when the call failed
 * @param error      the provider's or template's message, or null when the call succeeded
 * @param latencyMs  whole-call time, or null when no call was made (template error)
 * @param costUsd    null when the model is unpriced: unknown, never zero
 * @param assertions every assertion's outcome, in the order they ran
 */
public record CellRun(int repeat, String output, boolean pass, double score, String error, boolean cacheHit,
                      Long latencyMs, int inputTokens, int outputTokens, BigDecimal costUsd,
                      List<AssertionOutcome> assertions) {

    public CellRun {
        output = output == null ? "" : output;
        score = Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
        if (error != null) {
            // A failed call produced nothing usable: it fails and scores 0, as in the run's metrics.
            pass = false;
            score = 0;
        }
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    public static CellRun of(StoredCell cell) {
        String error = cell.ok() ? null : cell.errorMessage() != null ? cell.errorMessage() : cell.errorKind();
        return new CellRun(cell.key().repeat(), cell.output(), cell.ok() && cell.pass(), cell.ok() ? cell.score() : 0,
                error, cell.cacheHit(), cell.latencyMs(), cell.usage().inputTokens(), cell.usage().outputTokens(),
                cell.costUsd(), cell.assertions());
    }

    /** A finished cell of a live run. */
    public static CellRun of(CellResult cell) {
        ChatResponse response = cell.response();
        TestScore score = cell.score();
        List<AssertionOutcome> outcomes = score == null ? List.of() : score.results().stream().map(dev.promptsmith.eval.AssertionOutcomes::of).toList();
        return new CellRun(cell.key().repeat(), cell.output(), cell.ok() && score != null && score.pass(),
                cell.ok() && score != null ? score.score() : 0, cell.ok() ? null : cell.errorMessage(), cell.cacheHit(),
                response == null || response.latency() == null ? null : response.latency().toMillis(),
                response == null || response.usage() == null ? 0 : response.usage().inputTokens(),
                response == null || response.usage() == null ? 0 : response.usage().outputTokens(), cell.cost(), outcomes);
    }

    public boolean errored() {
        return error != null;
    }

    /** The failed assertions' reasons joined by "; ", or the error; empty for a pass. */
    public String reasons() {
        if (errored()) {
            return error;
        }
        return String.join("; ", assertions.stream().filter(a -> !a.pass()).map(AssertionOutcome::reason).toList());
    }

}
