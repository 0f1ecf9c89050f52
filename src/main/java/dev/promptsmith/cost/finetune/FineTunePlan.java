package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;

/**
 * What fine-tuning would take: the model to fine-tune, the training set the project gives, and the
 * two paths' costs over the horizon.
 *
 * @param option the model to fine-tune, or null when the price table has no {@code ft:} entry
 * @param tco    the comparison of the two paths, or null when it could not be computed
 */
public record FineTunePlan(FineTuneOption option, TrainingSet trainingSet, TcoResult tco) {

    /** Training tokens × epochs × the training price; null when the price is unknown. */
    public BigDecimal trainingCost() {
        return option == null ? null : trainingSet.cost(option.training());
    }

    /** False unless the training price was checked against the provider. */
    public boolean trainingPriceVerified() {
        return option != null && option.training() != null && option.training().verified();
    }
}
