package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The editable inputs of the total-cost-of-ownership comparison between keeping the prompted model
 * and fine-tuning a smaller one. {@link #defaults()} names where each default comes from; most are
 * ASSUMPTIONS to replace with your own figures, and the training price is unverified.
 *
 * @param horizonMonths             months compared after the set-up month (month 0)
 * @param monthlyCalls              calls a month, the same on both paths
 * @param engineerWeekUsd           loaded cost of one engineer-week
 * @param promptEngineeringWeeks    engineer-weeks still to spend on the prompt path (month 0)
 * @param promptUpkeepWeeksPerMonth engineer-weeks a month to keep the prompt tuned
 * @param promptCallUsd             per-call cost of the prompted model, measured; null when unknown
 * @param examplesToCurate          training examples to curate for the fine-tune (month 0)
 * @param curationMinutesPerExample minutes to write or review one example
 * @param curationHourUsd           cost of an hour of curation
 * @param fineTuneWeeks             engineer-weeks to build the training pipeline and run the job
 * @param evaluationWeeks           engineer-weeks to evaluate the fine-tuned model on the held-out set
 * @param trainingTokens            billing tokens of the training set per epoch
 * @param epochs                    passes over the training set
 * @param trainingPerMillionUsd     training price per million training tokens; null when unknown
 * @param trainingPriceVerified     whether that price was checked against the provider (false for the bundled ones)
 * @param fineTunedCallUsd          per-call cost of the fine-tuned model; null when unknown
 * @param retrainEveryMonths        a fine-tuned model serves this many months before it is retrained; 0 for never
 * @param retrainWeeks              engineer-weeks per retraining (new data, job, evaluation), on top of its compute
 */
public record TcoInputs(int horizonMonths, long monthlyCalls, BigDecimal engineerWeekUsd, double promptEngineeringWeeks,
        double promptUpkeepWeeksPerMonth, BigDecimal promptCallUsd, int examplesToCurate,
        double curationMinutesPerExample, BigDecimal curationHourUsd, double fineTuneWeeks, double evaluationWeeks,
        long trainingTokens, int epochs, BigDecimal trainingPerMillionUsd, boolean trainingPriceVerified,
        BigDecimal fineTunedCallUsd, int retrainEveryMonths, double retrainWeeks) {

    public TcoInputs {
        Objects.requireNonNull(engineerWeekUsd, "engineerWeekUsd");
        Objects.requireNonNull(curationHourUsd, "curationHourUsd");
        if (horizonMonths < 1 || monthlyCalls < 0 || examplesToCurate < 0 || trainingTokens < 0 || epochs < 0
                || retrainEveryMonths < 0) {
            throw new IllegalArgumentException("the horizon must be ≥ 1 month and counts ≥ 0");
        }
        if (promptEngineeringWeeks < 0 || promptUpkeepWeeksPerMonth < 0 || curationMinutesPerExample < 0
                || fineTuneWeeks < 0 || evaluationWeeks < 0 || retrainWeeks < 0) {
            throw new IllegalArgumentException("weeks and minutes must be ≥ 0");
        }
    }

    /**
     * The defaults, each with its source or assumption. The per-call costs are unknown until a run
     * measures them ({@code CostReport} fills them in, with the training set's size).
     */
    public static TcoInputs defaults() {
        return new TcoInputs(
                // A year: the usual budgeting period; fine-tuning's fixed costs need months to pay back.
                12,
                // ASSUMPTION: 100,000 calls a month (about 3,300 a day). Replace with your traffic.
                100_000,
                // BLS OEWS May 2023: software developers' median wage $132,270 a year; wages are about 70 %
                // of employer compensation cost (BLS ECEC): 132,270 / 0.70 / 52 ≈ $3,634, rounded to $3,600.
                new BigDecimal("3600"),
                // ASSUMPTION: one more week to close the gap by prompting.
                1.0,
                // ASSUMPTION: half a day a month (0.1 week) re-running the suite and adjusting the prompt.
                0.1,
                null,
                // OpenAI's fine-tuning guide: improvements usually show with 50–100 examples; the cookbook's
                // epoch rule aims at 100 example-passes. 100 curated examples.
                100,
                // ASSUMPTION: 5 minutes to write or review one input/output pair.
                5.0,
                // The engineer rate per hour: $3,600 / 40 hours = $90 (curation by the team's own engineers).
                new BigDecimal("90"),
                // ASSUMPTION: a week to export the data, run and debug the job, and deploy the model.
                1.0,
                // ASSUMPTION: a week to evaluate the fine-tuned model against the prompted one on held-out cases.
                1.0,
                // ASSUMPTION until counted: 100 examples × 1,000 tokens.
                100_000,
                // OpenAI cookbook: TARGET_EPOCHS = 3 for 34..8,333 examples.
                3,
                // Reference §3.4: gpt-4o-mini $3 per million training tokens, UNVERIFIED.
                new BigDecimal("3"),
                false,
                null,
                // ASSUMPTION: retrain every quarter as inputs drift.
                3,
                // ASSUMPTION: half a week per retraining (new examples, job, evaluation).
                0.5);
    }

    /** Where each default comes from, for the view and the report to show beside the inputs. */
    public static List<String> assumptions() {
        return List.of(
                "Engineer-week $3,600: BLS OEWS May 2023 median software developer wage $132,270/yr ÷ 0.70 "
                        + "(wages ≈ 70 % of employer cost, BLS ECEC) ÷ 52.",
                "Curation at $90/hour: the engineer rate ÷ 40 hours; 100 examples (OpenAI: gains usually at "
                        + "50–100) × 5 minutes each (assumption).",
                "Epochs 3: the OpenAI cookbook's default for 34 to 8,333 examples.",
                "Training prices per million training tokens are UNVERIFIED (reference §3.4; third-party pages disagree).",
                "Assumptions: 100,000 calls/month; 1 more week of prompt work; 0.1 week/month prompt upkeep; "
                        + "1 week to fine-tune and 1 to evaluate; retraining every 3 months at 0.5 week plus its compute.");
    }

    /** A builder holding these values, to change a few. */
    public TcoInputsBuilder toBuilder() {
        return new TcoInputsBuilder(this);
    }
}
