package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two paths over the horizon. Amounts are null when unknown (a per-call or training price is
 * missing), never $0.
 *
 * @param months                 month 0 (set-up) to the horizon
 * @param promptSetUp            the prompt path's month-0 cost
 * @param fineTuneSetUp          the fine-tune path's month-0 cost: curation, engineering, evaluation, training
 * @param trainingCompute        one training job: tokens × epochs × price
 * @param retraining             one retraining: its compute plus its engineer time
 * @param breakEvenMonth         the first month in which the fine-tune path's cumulative cost is no
 *                               higher than the prompt path's; null when it never is within the horizon
 * @param breakEvenMonthlyCalls  the monthly volume at which both paths cost the same over the horizon
 *                               (rounded up); 0 when fine-tuning is cheaper at any volume; null when the
 *                               fine-tuned call is not cheaper (no volume pays back) or a price is unknown
 * @param trainingPriceVerified  false when the training price is the bundled, unverified figure
 * @param notes                  why some figures are unknown, in words for the user
 */
public record TcoResult(TcoInputs inputs, List<Month> months, BigDecimal promptSetUp, BigDecimal fineTuneSetUp,
        BigDecimal trainingCompute, BigDecimal retraining, Integer breakEvenMonth, Long breakEvenMonthlyCalls,
        boolean trainingPriceVerified, List<String> notes) {

    public TcoResult {
        months = List.copyOf(months);
        notes = List.copyOf(notes);
    }

    /** One month: what each path costs in it and in total so far. */
    public record Month(int month, BigDecimal prompt, BigDecimal fineTune, BigDecimal promptCumulative,
            BigDecimal fineTuneCumulative) {
    }
}
