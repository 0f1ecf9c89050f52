/**
 * Metrics of an evaluation run, computed from {@link dev.promptsmith.eval.metrics.ScoredCell}s:
 * per-column summaries with confidence intervals ({@link dev.promptsmith.eval.metrics.ColumnMetrics}),
 * consistency across repeats ({@link dev.promptsmith.eval.metrics.ConsistencyMetrics}), classification
 * scores ({@link dev.promptsmith.eval.metrics.ClassificationMetrics}), paired comparisons of two columns
 * ({@link dev.promptsmith.eval.metrics.PairedComparisons}) and target checks
 * ({@link dev.promptsmith.eval.metrics.TargetCheck}).
 *
 * <p>Everything here is a pure function of its input: no I/O, no state, no threads. Test cases, not
 * cells, are the unit of every rate: a case's repeats are folded by majority first
 * ({@link dev.promptsmith.eval.metrics.CaseOutcome}). The statistics are implemented here rather than
 * taken from a library; each formula names its source in the Javadoc of the method that computes it.
 */
package dev.promptsmith.eval.metrics;
