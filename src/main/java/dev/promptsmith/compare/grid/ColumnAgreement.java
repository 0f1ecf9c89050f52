package dev.promptsmith.compare.grid;

import java.util.List;

/**
 * How the repeats of one cell agree with each other.
 *
 * @param outputs         each repeat's output, in repeat order
 * @param passes          each repeat's verdict, in repeat order
 * @param distinctOutputs distinct outputs once trimmed, whitespace collapsed and lower-cased
 *                        ({@link dev.promptsmith.eval.metrics.ConsistencyMetrics#normalize})
 * @param agreementRate   the share of repeats that give the most common output (3 of 4 alike: 0.75);
 *                        NaN with a single repeat, which has nothing to agree with
 * @param unanimous       all repeats give the same output and the same verdict
 * @param flaky           the repeats disagree on pass/fail
 */
public record ColumnAgreement(String columnId, List<String> outputs, List<Boolean> passes, int distinctOutputs,
                              double agreementRate, boolean unanimous, boolean flaky) {

    public ColumnAgreement {
        outputs = List.copyOf(outputs);
        passes = List.copyOf(passes);
    }

    public int repeats() {
        return outputs.size();
    }
}
