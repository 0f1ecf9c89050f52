package dev.promptsmith.cost.report;

import dev.promptsmith.cost.PromptLevers;
import dev.promptsmith.cost.finetune.TcoInputs;
import dev.promptsmith.model.ModelRef;
import java.util.List;
import java.util.Objects;

/**
 * What the user can change in a cost report.
 *
 * @param monthlyCalls    the volume to project (also the TCO's)
 * @param hitRate         the share of calls that find the prompt's stable prefix cached
 * @param tco             the TCO inputs; the report fills in the measured per-call costs and the
 *                        training set's size, and keeps the rest
 * @param extraCandidates models to project onto besides the project's own
 * @param fineTuneKey     the {@code ft:} price key of the model to fine-tune, or null for the cheapest
 *                        one with a known training price
 */
public record CostOptions(long monthlyCalls, double hitRate, TcoInputs tco, List<ModelRef> extraCandidates,
        String fineTuneKey) {

    public CostOptions {
        Objects.requireNonNull(tco, "tco");
        extraCandidates = extraCandidates == null ? List.of() : List.copyOf(extraCandidates);
        if (monthlyCalls < 0) {
            throw new IllegalArgumentException("monthly calls must be ≥ 0, was " + monthlyCalls);
        }
        if (!(hitRate >= 0 && hitRate <= 1)) {
            throw new IllegalArgumentException("the cache hit rate must be in 0..1, was " + hitRate);
        }
    }

    /** The TCO defaults' volume, a 90 % cache hit rate, the project's models, the cheapest fine-tunable model. */
    public static CostOptions defaults() {
        TcoInputs tco = TcoInputs.defaults();
        return new CostOptions(tco.monthlyCalls(), PromptLevers.DEFAULT_HIT_RATE, tco, List.of(), null);
    }

    public CostOptions withMonthlyCalls(long calls) {
        return new CostOptions(calls, hitRate, tco, extraCandidates, fineTuneKey);
    }

    public CostOptions withHitRate(double rate) {
        return new CostOptions(monthlyCalls, rate, tco, extraCandidates, fineTuneKey);
    }

    public CostOptions withTco(TcoInputs inputs) {
        return new CostOptions(monthlyCalls, hitRate, inputs, extraCandidates, fineTuneKey);
    }
}
