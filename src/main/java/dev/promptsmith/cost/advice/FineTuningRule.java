package dev.promptsmith.cost.advice;

import dev.promptsmith.cost.Money;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.cost.finetune.TcoResult;
import dev.promptsmith.cost.finetune.TrainingSet;
import dev.promptsmith.eval.metrics.ColumnSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether fine-tuning is justified, and what it would take. Justified by quality when the target is
 * missed by a large gap AND the failures say prompting cannot close it: missing knowledge, or a
 * ceiling across variants that is not mostly format failures (those call for structured output,
 * not training). Worth trying for cost when the fine-tuned smaller model pays its fixed costs back
 * within the horizon. Either way: the training set the project gives and its cost.
 */
final class FineTuningRule implements AdviceRule {

    /** From this share of failing cases on, the failures are mostly format: structured output comes first. */
    static final double MOSTLY_FORMAT = 0.5;

    @Override
    public List<Advice> advise(AdviceContext context) {
        ColumnSummary best = context.best().orElse(null);
        if (best == null) {
            return List.of();
        }
        FineTunePlan plan = context.inputs().fineTune();
        List<String> knowledge = MissingKnowledgeRule.find(context);
        boolean ceiling = CeilingRule.detect(context).map(CeilingRule.Finding::ceiling).orElse(false)
                && FormatFailureRule.formatShare(context) < MOSTLY_FORMAT;
        double gap = context.gapOf(best);
        boolean qualityCase = !Double.isNaN(gap) && gap > AdviceContext.SMALL_GAP && (!knowledge.isEmpty() || ceiling);
        TcoResult tco = plan == null ? null : plan.tco();
        boolean costCase = tco != null && tco.breakEvenMonth() != null;
        List<String> setLines = plan == null ? List.of() : trainingSet(plan);
        List<String> evidence = new ArrayList<>();
        if (tco != null) {
            evidence.add(tco(tco));
        }
        if (!qualityCase && !costCase) {
            evidence.addAll(setLines);
            return List.of(new Advice(Advice.Kind.FINE_TUNING, Advice.Severity.INFO,
                    "Fine-tuning is not indicated yet: " + whyNot(gap)
                            + " Fine-tune only when a measured gap says so.", evidence, List.of()));
        }
        String why = qualityCase
                ? (knowledge.isEmpty() ? "every prompt variant stops at the same ceiling, far from the target"
                        : AdviceText.count(knowledge.size(), "case fails", "cases fail") + " on content in every column")
                : "the fine-tuned model pays its fixed costs back by month " + tco.breakEvenMonth();
        String size = setLines.isEmpty() ? "" : " " + setLines.get(0);
        evidence.addAll(setLines.subList(Math.min(1, setLines.size()), setLines.size()));
        boolean tooFew = plan != null && plan.trainingSet().examples() < TrainingSet.MIN_EXAMPLES;
        return List.of(new Advice(Advice.Kind.FINE_TUNING, qualityCase ? Advice.Severity.WARNING : Advice.Severity.SUGGESTION,
                "Fine-tuning is worth trying: " + why + "." + size
                        + (tooFew ? " That is too few: fine-tuning needs at least 10 examples, and gains usually show "
                                + "with 50–100, so curate more first." : "")
                        + " Evaluate the fine-tuned model against " + best.columnId() + " on the held-out cases.",
                evidence, knowledge));
    }

    private static String whyNot(double gap) {
        if (Double.isNaN(gap)) {
            return "the project sets no target to measure a gap against.";
        }
        if (gap == 0) {
            return "the target is met by prompting.";
        }
        if (gap <= AdviceContext.SMALL_GAP) {
            return "the gap to the target is small enough to close by prompting.";
        }
        return "the gap is large, but the failures do not point at missing knowledge (no case fails on content in "
                + "every column) nor at a ceiling that is not mostly format failures.";
    }

    private static List<String> trainingSet(FineTunePlan plan) {
        TrainingSet set = plan.trainingSet();
        String tokens = String.format(Locale.ROOT, "%s%,d tokens × %d epochs = %,d training tokens",
                set.exact() ? "" : "≈", set.billingTokens(), set.epochs(), set.trainedTokens());
        String model = plan.option() == null ? "no fine-tunable model in the price table"
                : plan.option().ftKey();
        String cost = plan.trainingCost() == null ? "training cost unknown (no training price for " + model + ")"
                : "≈ " + Money.usd(plan.trainingCost()) + " at " + Money.usd(plan.option().training().perMillion())
                        + " per million on " + model + (plan.trainingPriceVerified() ? "" : " (unverified price)");
        List<String> lines = new ArrayList<>();
        lines.add("The training set would be " + set.curatedExamples() + " curated examples + " + set.passingOutputs()
                + " passing outputs = " + set.examples() + " examples, with " + set.heldOutKeptApart()
                + " held-out " + (set.heldOutKeptApart() == 1 ? "case" : "cases") + " kept apart for evaluation; " + tokens + ", " + cost + ".");
        if (set.heldOutRefused() > 0) {
            lines.add(AdviceText.count(set.heldOutRefused(), "passing output of a held-out case was", "passing outputs of held-out cases were")
                    + " left out of the training set.");
        }
        if (set.truncated() > 0) {
            lines.add(AdviceText.count(set.truncated(), "example is", "examples are") + " longer than "
                    + TrainingSet.MAX_TOKENS_PER_EXAMPLE + " tokens and would be truncated.");
        }
        return lines;
    }

    private static String tco(TcoResult tco) {
        TcoResult.Month last = tco.months().get(tco.months().size() - 1);
        return "Over " + tco.inputs().horizonMonths() + " months at " + String.format(Locale.ROOT, "%,d", tco.inputs().monthlyCalls())
                + " calls a month: prompting " + Money.total(last.promptCumulative()) + ", fine-tuning "
                + Money.total(last.fineTuneCumulative()) + "; break-even "
                + (tco.breakEvenMonth() == null ? "not within the horizon" : "in month " + tco.breakEvenMonth())
                + (tco.breakEvenMonthlyCalls() == null ? "" : String.format(Locale.ROOT,
                        ", or from %,d calls a month", tco.breakEvenMonthlyCalls()));
    }
}
