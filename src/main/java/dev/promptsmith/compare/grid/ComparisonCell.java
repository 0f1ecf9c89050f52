package dev.promptsmith.compare.grid;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One cell of the comparison grid: a test case in a column (prompt variant × model), with every
 * repeat of its call. Its verdict folds the repeats as the run's summary does
 * ({@link dev.promptsmith.eval.metrics.CaseOutcome}): passed by a strict majority, scored by the mean.
 *
 * @param repeats the calls, ordered by repeat index; at least one
 */
public record ComparisonCell(String prompt, String modelId, List<CellRun> repeats) {

    public ComparisonCell {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(modelId, "modelId");
        repeats = repeats.stream().sorted(Comparator.comparingInt(CellRun::repeat)).toList();
        if (repeats.isEmpty()) {
            throw new IllegalArgumentException("a cell needs at least one call");
        }
    }

    /** The call the grid shows: the first repeat. */
    public CellRun shown() {
        return repeats.get(0);
    }

    public String output() {
        return shown().output();
    }

    /** More than half of the repeats passed (1 of 2 is a coin flip, not a pass). */
    public boolean passed() {
        int passed = 0;
        for (CellRun run : repeats) {
            passed += run.pass() ? 1 : 0;
        }
        return 2 * passed > repeats.size();
    }

    /** The mean score over the repeats; a failed call counts 0. */
    public double meanScore() {
        double sum = 0;
        for (CellRun run : repeats) {
            sum += run.score();
        }
        return sum / repeats.size();
    }

    /** Whether any repeat's call failed (provider or template error). */
    public boolean errored() {
        for (CellRun run : repeats) {
            if (run.errored()) {
                return true;
            }
        }
        return false;
    }

    /** The first failed call's message, or null when every call succeeded. */
    public String error() {
        return repeats.stream().map(CellRun::error).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Every repeat came from the response cache. */
    public boolean cacheHit() {
        return repeats.stream().allMatch(CellRun::cacheHit);
    }
}
