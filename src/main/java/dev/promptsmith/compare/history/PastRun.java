package dev.promptsmith.compare.history;

import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.store.RunSummary;
import java.util.List;

/**
 * A run of the history with what it ran and its summary per column, computed from its stored cells.
 *
 * @param prompts  the prompt variants' names, in plan order
 * @param columns  pass rate with its 95% interval, mean score, errors, latency p50/p95, tokens and
 *                 cost per column (prompt × model), in plan order; columns with no stored cell are absent
 * @param problem  why the run's plan could not be read (then prompts, models and columns are
 *                 empty), or null
 */
public record PastRun(RunSummary run, List<String> prompts, List<String> models, int tests, int repeats,
                      List<ColumnSummary> columns, String problem) {

    public PastRun {
        prompts = List.copyOf(prompts);
        models = List.copyOf(models);
        columns = List.copyOf(columns);
    }
}
