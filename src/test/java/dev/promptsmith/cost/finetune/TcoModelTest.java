package dev.promptsmith.cost.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TcoModelTest {

    private final TcoModel model = new TcoModel();

    /**
     * W = $4,000 a week; prompt path: 1 week now, 0.25 week a month upkeep, $0.01 a call; fine-tune path:
     * 120 examples × 5 min = 10 h × $100 = $1,000 curation, 1 + 1 weeks = $8,000, training 1,000,000
     * tokens × 3 epochs × $3 = $9; $0.002 a call; retraining every 3 months at 0.5 week ($2,000) + $9.
     */
    private static TcoInputsBuilder scenario() {
        return TcoInputs.defaults().toBuilder()
                .horizonMonths(12).monthlyCalls(100_000).engineerWeekUsd(new BigDecimal("4000"))
                .promptEngineeringWeeks(1).promptUpkeepWeeksPerMonth(0.25).promptCallUsd(new BigDecimal("0.01"))
                .curation(120, 5, new BigDecimal("100")).fineTuneWeeks(1).evaluationWeeks(1)
                .training(1_000_000, 3, new BigDecimal("3"), false).fineTunedCallUsd(new BigDecimal("0.002"))
                .retraining(3, 0.5);
    }

    @Test
    void setUpCostsOfBothPaths() {
        TcoResult result = model.compute(scenario().build());

        assertThat(result.promptSetUp()).isEqualByComparingTo("4000");
        // 1,000 + 8,000 + 9 = 9,009
        assertThat(result.trainingCompute()).isEqualByComparingTo("9");
        assertThat(result.fineTuneSetUp()).isEqualByComparingTo("9009");
        // 2,000 + 9
        assertThat(result.retraining()).isEqualByComparingTo("2009");
    }

    @Test
    void monthlyAndCumulativeCostsWithRetrainingEveryThreeMonths() {
        TcoResult result = model.compute(scenario().build());

        // Prompt: 100,000 × 0.01 + 0.25 × 4,000 = 1,000 + 1,000 = 2,000 a month; cumulative 4,000 + 2,000 m.
        // Fine-tune: 100,000 × 0.002 = 200 a month, + 2,009 in months 4, 7, 10 (each model serves 3 months).
        assertThat(result.months()).hasSize(13);
        assertThat(result.months().get(1).prompt()).isEqualByComparingTo("2000");
        assertThat(result.months().get(1).fineTune()).isEqualByComparingTo("200");
        assertThat(result.months().get(3).fineTune()).isEqualByComparingTo("200");
        assertThat(result.months().get(4).fineTune()).isEqualByComparingTo("2209");
        assertThat(result.months().get(5).fineTune()).isEqualByComparingTo("200");
        // Month 12: prompt 4,000 + 12 × 2,000 = 28,000; fine-tune 9,009 + 12 × 200 + 3 × 2,009 = 17,436.
        assertThat(result.months().get(12).promptCumulative()).isEqualByComparingTo("28000");
        assertThat(result.months().get(12).fineTuneCumulative()).isEqualByComparingTo("17436");
    }

    @Test
    void breakEvenMonthIsTheFirstMonthTheFineTunedPathCostsNoMoreSoFar() {
        TcoResult result = model.compute(scenario().build());

        // Month 2: 8,000 vs 9,009 + 400 = 9,409; month 3: 10,000 vs 9,609 → month 3.
        assertThat(result.months().get(2).fineTuneCumulative()).isEqualByComparingTo("9409");
        assertThat(result.breakEvenMonth()).isEqualTo(3);
        assertThat(result.trainingPriceVerified()).isFalse();
        assertThat(result.notes()).anyMatch(n -> n.contains("unverified"));
    }

    @Test
    void breakEvenVolumeSolvesEqualTotalsAtTheHorizon() {
        TcoResult result = model.compute(scenario().promptUpkeepWeeksPerMonth(0).build());

        // Fixed gap: 9,009 + 3 × 2,009 − 4,000 − 0 = 11,036; per-call gain 0.01 − 0.002 = 0.008;
        // V* = 11,036 / (12 × 0.008) = 11,036 / 0.096 = 114,958.33… → 114,959 calls a month.
        assertThat(result.breakEvenMonthlyCalls()).isEqualTo(114_959L);
    }

    @Test
    void whenTheUpkeepAloneOutweighsTheFixedCostsAnyVolumeBreaksEven() {
        TcoResult result = model.compute(scenario().build());

        // 9,009 + 6,027 − 4,000 − 12 × 1,000 = −964 ≤ 0.
        assertThat(result.breakEvenMonthlyCalls()).isZero();
    }

    @Test
    void aFineTunedCallThatIsNotCheaperNeverPaysBack() {
        TcoResult result = model.compute(scenario().promptUpkeepWeeksPerMonth(0)
                .fineTunedCallUsd(new BigDecimal("0.01")).build());

        assertThat(result.breakEvenMonthlyCalls()).isNull();
        assertThat(result.breakEvenMonth()).isNull();
        assertThat(result.notes()).anyMatch(n -> n.contains("no volume pays"));
    }

    @Test
    void unknownPricesMakeThePathUnknownNotFree() {
        TcoResult result = model.compute(scenario().training(1_000_000, 3, null, false).fineTunedCallUsd(null).build());

        assertThat(result.fineTuneSetUp()).isNull();
        assertThat(result.months().get(12).fineTuneCumulative()).isNull();
        assertThat(result.months().get(12).promptCumulative()).isEqualByComparingTo("28000");
        assertThat(result.breakEvenMonth()).isNull();
        assertThat(result.breakEvenMonthlyCalls()).isNull();
        assertThat(result.notes()).anyMatch(n -> n.contains("training price is unknown"));
    }

    @Test
    void neverRetrainingAddsNoLumps() {
        TcoResult result = model.compute(scenario().retraining(0, 0.5).build());

        // 9,009 + 12 × 200 = 11,409.
        assertThat(result.months().get(12).fineTuneCumulative()).isEqualByComparingTo("11409");
    }

    @Test
    void defaultsNameTheirSourcesAndLeaveMeasuredCostsUnknown() {
        TcoInputs defaults = TcoInputs.defaults();

        assertThat(defaults.engineerWeekUsd()).isEqualByComparingTo("3600");
        assertThat(defaults.promptCallUsd()).isNull();
        assertThat(defaults.trainingPriceVerified()).isFalse();
        assertThat(TcoInputs.assumptions()).anyMatch(a -> a.contains("BLS")).anyMatch(a -> a.contains("UNVERIFIED"));
    }
}
