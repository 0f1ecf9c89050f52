package dev.promptsmith.cost.report;

import dev.promptsmith.cost.LeverCosts;
import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.cost.UsageProfile;
import dev.promptsmith.cost.finetune.FineTuneOption;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.cost.finetune.TcoInputs;
import dev.promptsmith.cost.finetune.TcoInputsBuilder;
import dev.promptsmith.cost.finetune.TcoModel;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.cost.finetune.TrainingSet;
import dev.promptsmith.cost.finetune.TrainingSetEstimator;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a fine-tuning plan together from a run: the model to fine-tune, the training set the project
 * gives (counted with that model's tokenizer), and the TCO with the measured per-call costs. The
 * fine-tuned model is priced on the best column's usage without its few-shot examples (it has learnt
 * them): an approximation, since a smaller model writes answers of its own length.
 */
final class FineTunePlanner {

    private final TrainingSetEstimator estimator;
    private final TrainingPrices trainingPrices;
    private final TcoModel tcoModel = new TcoModel();

    FineTunePlanner(TrainingSetEstimator estimator, TrainingPrices trainingPrices) {
        this.estimator = estimator;
        this.trainingPrices = trainingPrices;
    }

    /**
     * @param best        the best column's usage, or null when nothing was measured
     * @param bestLevers  the best column's levers (for its few-shot tokens), or null
     * @param promptCall  the best column's cost per call at list prices, or null when unknown
     */
    FineTunePlan plan(Project project, PromptVariant prompt, Map<String, String> passingOutputs, PriceTable prices,
                      CostOptions options, UsageProfile best, LeverCosts bestLevers, BigDecimal promptCall,
                      List<String> notes) {
        List<FineTuneOption> candidates = FineTuneOption.all(prices, trainingPrices);
        Optional<FineTuneOption> chosen = options.fineTuneKey() != null
                ? candidates.stream().filter(o -> o.ftKey().equals(options.fineTuneKey())).findFirst()
                : candidates.stream().filter(o -> o.training() != null).findFirst();
        if (chosen.isEmpty()) {
            notes.add(options.fineTuneKey() != null ? "No ft: entry " + options.fineTuneKey() + " in the price table."
                    : "The price table has no fine-tunable model with a training price.");
            return null;
        }
        FineTuneOption option = chosen.get();
        String provider = option.ftKey().substring(0, option.ftKey().indexOf('/'));
        ModelRef base = new ModelRef("fine-tune", provider, option.baseModel(), null);
        TrainingSet set = estimator.estimate(project, prompt, base, passingOutputs);
        int fewShot = bestLevers == null ? 0 : bestLevers.fewShotTokens();
        BigDecimal fineTunedCall = best == null ? null : best.lessInputPerCall(fewShot).costPerCall(option.inference());
        TcoInputsBuilder inputs = options.tco().toBuilder().monthlyCalls(options.monthlyCalls())
                .promptCallUsd(promptCall).fineTunedCallUsd(fineTunedCall);
        if (set.examples() > 0) {
            inputs.training(set.billingTokens(), set.epochs(),
                    option.training() == null ? null : option.training().perMillion(),
                    option.training() != null && option.training().verified());
        } else {
            TcoInputs tco = options.tco();
            inputs.training(tco.trainingTokens(), tco.epochs(),
                    option.training() == null ? null : option.training().perMillion(), false);
            notes.add("The project gives no training examples yet (no curated examples, no passing dev outputs): "
                    + "the TCO assumes a training set of " + tco.trainingTokens() + " tokens.");
        }
        return new FineTunePlan(option, set, tcoModel.compute(inputs.build()));
    }
}
