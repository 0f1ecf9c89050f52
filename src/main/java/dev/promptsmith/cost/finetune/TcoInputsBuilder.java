package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;

/** Changes some {@link TcoInputs} and keeps the rest; each setter returns the builder. */
public final class TcoInputsBuilder {

    private int horizonMonths;
    private long monthlyCalls;
    private BigDecimal engineerWeekUsd;
    private double promptEngineeringWeeks;
    private double promptUpkeepWeeksPerMonth;
    private BigDecimal promptCallUsd;
    private int examplesToCurate;
    private double curationMinutesPerExample;
    private BigDecimal curationHourUsd;
    private double fineTuneWeeks;
    private double evaluationWeeks;
    private long trainingTokens;
    private int epochs;
    private BigDecimal trainingPerMillionUsd;
    private boolean trainingPriceVerified;
    private BigDecimal fineTunedCallUsd;
    private int retrainEveryMonths;
    private double retrainWeeks;

    TcoInputsBuilder(TcoInputs from) {
        horizonMonths = from.horizonMonths();
        monthlyCalls = from.monthlyCalls();
        engineerWeekUsd = from.engineerWeekUsd();
        promptEngineeringWeeks = from.promptEngineeringWeeks();
        promptUpkeepWeeksPerMonth = from.promptUpkeepWeeksPerMonth();
        promptCallUsd = from.promptCallUsd();
        examplesToCurate = from.examplesToCurate();
        curationMinutesPerExample = from.curationMinutesPerExample();
        curationHourUsd = from.curationHourUsd();
        fineTuneWeeks = from.fineTuneWeeks();
        evaluationWeeks = from.evaluationWeeks();
        trainingTokens = from.trainingTokens();
        epochs = from.epochs();
        trainingPerMillionUsd = from.trainingPerMillionUsd();
        trainingPriceVerified = from.trainingPriceVerified();
        fineTunedCallUsd = from.fineTunedCallUsd();
        retrainEveryMonths = from.retrainEveryMonths();
        retrainWeeks = from.retrainWeeks();
    }

    public TcoInputsBuilder horizonMonths(int value) {
        horizonMonths = value;
        return this;
    }

    public TcoInputsBuilder monthlyCalls(long value) {
        monthlyCalls = value;
        return this;
    }

    public TcoInputsBuilder engineerWeekUsd(BigDecimal value) {
        engineerWeekUsd = value;
        return this;
    }

    public TcoInputsBuilder promptEngineeringWeeks(double value) {
        promptEngineeringWeeks = value;
        return this;
    }

    public TcoInputsBuilder promptUpkeepWeeksPerMonth(double value) {
        promptUpkeepWeeksPerMonth = value;
        return this;
    }

    public TcoInputsBuilder promptCallUsd(BigDecimal value) {
        promptCallUsd = value;
        return this;
    }

    /** How many examples to curate and how long each takes. */
    public TcoInputsBuilder curation(int examples, double minutesPerExample, BigDecimal hourUsd) {
        examplesToCurate = examples;
        curationMinutesPerExample = minutesPerExample;
        curationHourUsd = hourUsd;
        return this;
    }

    public TcoInputsBuilder fineTuneWeeks(double value) {
        fineTuneWeeks = value;
        return this;
    }

    public TcoInputsBuilder evaluationWeeks(double value) {
        evaluationWeeks = value;
        return this;
    }

    /** The training job: tokens per epoch, epochs, and the price per million training tokens (null when unknown). */
    public TcoInputsBuilder training(long tokens, int passes, BigDecimal perMillionUsd, boolean verified) {
        trainingTokens = tokens;
        epochs = passes;
        trainingPerMillionUsd = perMillionUsd;
        trainingPriceVerified = verified;
        return this;
    }

    public TcoInputsBuilder fineTunedCallUsd(BigDecimal value) {
        fineTunedCallUsd = value;
        return this;
    }

    /** Retrain every {@code months} months (0 for never), each costing {@code weeks} engineer-weeks plus its compute. */
    public TcoInputsBuilder retraining(int months, double weeks) {
        retrainEveryMonths = months;
        retrainWeeks = weeks;
        return this;
    }

    public TcoInputs build() {
        return new TcoInputs(horizonMonths, monthlyCalls, engineerWeekUsd, promptEngineeringWeeks,
                promptUpkeepWeeksPerMonth, promptCallUsd, examplesToCurate, curationMinutesPerExample, curationHourUsd,
                fineTuneWeeks, evaluationWeeks, trainingTokens, epochs, trainingPerMillionUsd, trainingPriceVerified,
                fineTunedCallUsd, retrainEveryMonths, retrainWeeks);
    }
}
