package dev.promptsmith.cost.advice;

import static dev.promptsmith.cost.advice.ResultSet.cases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.PriceCatalog;
import dev.promptsmith.cost.finetune.FineTuneOption;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.cost.finetune.TcoInputs;
import dev.promptsmith.cost.finetune.TcoModel;
import dev.promptsmith.cost.finetune.TcoResult;
import dev.promptsmith.cost.finetune.TrainingPrices;
import dev.promptsmith.cost.finetune.TrainingSet;
import dev.promptsmith.eval.metrics.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineTuningRuleTest {

    private static final Target TARGET = Target.of("passRate", 0.9);
    private static final FineTuneOption MINI = FineTuneOption.all(new PriceCatalog().bundled(), TrainingPrices.bundled())
            .stream().filter(o -> o.ftKey().equals("openai/ft:gpt-4o-mini-2024-07-18")).findFirst().orElseThrow();
    /** 20 curated + 30 passing = 50 examples, 10 held out; 50,000 tokens × 3 epochs = 150,000 → × $3 / 10⁶ = $0.45. */
    private static final TrainingSet SET = new TrainingSet(20, 30, 10, 0, 0, 50_000, 0, 3, true);

    private final FineTuningRule rule = new FineTuningRule();

    /** Two variants × two models at 60% (30 points short); t9 and t10 fail on content everywhere. */
    private static ResultSet farFromTheTarget() {
        ResultSet set = new ResultSet();
        for (String prompt : List.of("zero", "few")) {
            for (String model : List.of("m1", "m2")) {
                set.passes(prompt, model, cases(1, 6)).fails(prompt, model, "label", cases(7, 10));
            }
        }
        return set;
    }

    private static List<Advice> advise(ResultSet results, Target target, FineTunePlan plan) {
        return new FineTuningRule().advise(new AdviceContext(results.inputs(target, List.of(), null, plan)));
    }

    @Test
    void contentFailuresEverywhereJustifyFineTuningAndTheTrainingSetIsSpelledOut() {
        List<Advice> advice = advise(farFromTheTarget(), TARGET, new FineTunePlan(MINI, SET, null));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.FINE_TUNING);
            assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
            assertThat(a.statement()).contains("Fine-tuning is worth trying: 4 cases fail on content in every column.")
                    .contains("20 curated examples + 30 passing outputs = 50 examples, with 10 held-out cases kept apart")
                    .contains("50,000 tokens × 3 epochs = 150,000 training tokens, ≈ $0.45 at $3.00 per million on "
                            + "openai/ft:gpt-4o-mini-2024-07-18 (unverified price)")
                    .contains("on the held-out cases");
            assertThat(a.caseIds()).containsExactly("t7", "t8", "t9", "t10");
        });
    }

    @Test
    void tooFewExamplesAndAnUnknownTrainingPriceAreSaid() {
        TrainingSet small = new TrainingSet(3, 2, 4, 1, 0, 1_000, 0, 20, false);
        FineTuneOption unpriced = new FineTuneOption(MINI.ftKey(), MINI.inference(), null);

        List<Advice> advice = advise(farFromTheTarget(), TARGET, new FineTunePlan(unpriced, small, null));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.statement()).contains("≈1,000 tokens × 20 epochs").contains("training cost unknown")
                    .contains("too few: fine-tuning needs at least 10 examples");
            assertThat(a.evidence()).contains("1 passing output of a held-out case was left out of the training set.");
        });
    }

    @Test
    void aMetTargetOrASmallGapDoesNotCallForFineTuning() {
        ResultSet met = new ResultSet().passes("p", "m", cases(1, 9)).fails("p", "m", "label", "t10")
                .passes("q", "m", cases(1, 9)).fails("q", "m", "label", "t10");
        ResultSet close = new ResultSet().passes("p", "m", cases(1, 8)).fails("p", "m", "label", "t9", "t10")
                .passes("q", "m", cases(1, 8)).fails("q", "m", "label", "t9", "t10");

        assertThat(advise(met, TARGET, null)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.INFO);
            assertThat(a.statement()).contains("not indicated yet: the target is met by prompting.");
        });
        assertThat(advise(close, TARGET, null)).singleElement()
                .satisfies(a -> assertThat(a.statement()).contains("small enough to close by prompting"));
    }

    @Test
    void aCeilingOfMostlyFormatFailuresCallsForStructuredOutputNotTraining() {
        // Two variants at 50% on m, every failure a format failure: a ceiling, but not a training problem.
        ResultSet format = new ResultSet()
                .passes("zero", "m", cases(1, 5)).fails("zero", "m", "is-json", cases(6, 10))
                .passes("few", "m", cases(1, 5)).fails("few", "m", "is-json", cases(6, 10));
        // Both at 50% again, failing different cases, mostly on content: no case fails everywhere, but a ceiling.
        ResultSet content = new ResultSet()
                .passes("zero", "m", cases(1, 5)).fails("zero", "m", "is-json", "t6").fails("zero", "m", "llm-rubric", cases(7, 10))
                .passes("few", "m", cases(6, 10)).fails("few", "m", "is-json", "t1").fails("few", "m", "llm-rubric", cases(2, 5));

        assertThat(advise(format, TARGET, null)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.INFO);
            assertThat(a.statement()).contains("nor at a ceiling that is not mostly format failures");
        });
        // 2 of 10 failing cases are format (20% < 50%).
        assertThat(advise(content, TARGET, null)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
            assertThat(a.statement()).contains("every prompt variant stops at the same ceiling");
        });
    }

    @Test
    void aFineTunedModelThatPaysBackWithinTheHorizonIsWorthTryingForCost() {
        TcoResult tco = new TcoModel().compute(TcoInputs.defaults().toBuilder()
                .promptCallUsd(new BigDecimal("0.01")).fineTunedCallUsd(new BigDecimal("0.002")).build());
        ResultSet met = new ResultSet().passes("p", "m", cases(1, 10));

        List<Advice> advice = advise(met, TARGET, new FineTunePlan(MINI, SET, tco));

        // Defaults: prompt path $3,600, then 100,000 × $0.01 + 0.1 × $3,600 = $1,360 a month: 3,600 + 1,360 m.
        // Fine-tune path: 100 × 5 / 60 × $90 = $750 + 2 × $3,600 + 100,000 × 3 × $3 / 10⁶ = $0.90 → $7,950.90,
        // then $200 a month and a retraining of 0.5 × 3,600 + 0.90 = $1,800.90 in month 4:
        // month 5: 7,950.90 + 1,000 + 1,800.90 = 10,751.80 > 3,600 + 6,800 = 10,400;
        // month 6: 10,951.80 ≤ 3,600 + 8,160 = 11,760 → break-even in month 6.
        assertThat(tco.breakEvenMonth()).isEqualTo(6);
        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.SUGGESTION);
            assertThat(a.statement()).contains("pays its fixed costs back by month 6");
            assertThat(a.evidence().get(0)).startsWith("Over 12 months at 100,000 calls a month: prompting");
        });
    }
}
