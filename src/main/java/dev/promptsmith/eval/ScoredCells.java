package dev.promptsmith.eval;

import dev.promptsmith.eval.assertion.AssertionResult;
import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.AssertionOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a finished cell into the metrics' input. */
public final class ScoredCells {

    private ScoredCells() {
    }

    /**
     * From a stored cell, without its output (the summary needs none, and a run of 10,000 cells
     * should not carry them all).
     */
    public static ScoredCell of(dev.promptsmith.store.StoredCell cell, TestCase test, String columnId) {
        Map<String, Boolean> assertions = new LinkedHashMap<>();
        cell.assertions().forEach(a -> assertions.merge(a.type(), a.pass(), Boolean::logicalAnd));
        AssertionOutcome label = cell.assertions().stream().filter(a -> a.expectedLabel() != null).findFirst().orElse(null);
        return new ScoredCell(cell.key().testId(), columnId, cell.key().repeat(), cell.ok() && cell.pass(),
                cell.ok() ? Math.max(0, Math.min(1, cell.score())) : 0, !cell.ok(),
                cell.latencyMs() == null ? 0 : Math.max(0, cell.latencyMs()), Math.max(0, cell.usage().inputTokens()),
                Math.max(0, cell.usage().outputTokens()), cell.costUsd(), test == null ? null : test.tags(),
                test == null ? null : test.split().key(), "", label == null ? null : label.expectedLabel(),
                label == null ? null : label.predictedLabel(), assertions);
    }

    public static ScoredCell of(CellResult cell, TestCase test) {
        var response = cell.response();
        var usage = response == null ? null : response.usage();
        Map<String, Boolean> assertions = new LinkedHashMap<>();
        AssertionResult.Labels label = null;
        if (cell.score() != null) {
            for (AssertionResult r : cell.score().results()) {
                assertions.merge(r.type(), r.pass(), Boolean::logicalAnd);
                label = label == null ? r.label() : label;
            }
        }
        return new ScoredCell(cell.key().testId(), cell.key().column(), cell.key().repeat(),
                cell.score() != null && cell.score().pass(), cell.score() == null ? 0 : cell.score().score(),
                cell.score() == null, response == null || response.latency() == null ? 0 : response.latency().toMillis(),
                usage == null ? 0 : usage.inputTokens(), usage == null ? 0 : usage.outputTokens(),
                cell.cost(), test == null ? null : test.tags(), test == null ? null : test.split().key(), cell.output(),
                label == null ? null : label.expected(), label == null ? null : label.predicted(), assertions);
    }
}
