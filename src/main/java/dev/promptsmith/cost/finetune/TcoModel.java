package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Total cost of ownership of the two paths, month by month. With W the engineer-week, V the monthly
 * calls, c_p and c_f the per-call costs of the prompted and the fine-tuned model:
 * <ul>
 *   <li>prompt path: month 0 costs prompt weeks × W; each later month V × c_p + upkeep weeks × W;</li>
 *   <li>fine-tune path: month 0 costs curation (examples × minutes ÷ 60 × hourly rate) + (fine-tune +
 *       evaluation weeks) × W + training (tokens × epochs × price ÷ 10⁶); each later month V × c_f, plus
 *       a retraining (training + retrain weeks × W) at the start of months K+1, 2K+1, … so that each
 *       model serves K months: floor((m − 1) ÷ K) retrainings by month m.</li>
 * </ul>
 * The break-even volume solves equal totals at the horizon N:
 * V* = (fine-tune set-up + retrainings × R − prompt set-up − N × upkeep × W) ÷ (N × (c_p − c_f)).
 */
public final class TcoModel {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public TcoResult compute(TcoInputs in) {
        List<String> notes = new ArrayList<>();
        BigDecimal week = in.engineerWeekUsd();
        BigDecimal promptSetUp = week.multiply(decimal(in.promptEngineeringWeeks()));
        BigDecimal upkeep = week.multiply(decimal(in.promptUpkeepWeeksPerMonth()));
        BigDecimal training = in.trainingPerMillionUsd() == null ? null : in.trainingPerMillionUsd()
                .multiply(BigDecimal.valueOf(in.trainingTokens() * in.epochs())).divide(MILLION, MathContext.DECIMAL64);
        BigDecimal curation = BigDecimal.valueOf(in.examplesToCurate()).multiply(decimal(in.curationMinutesPerExample()))
                .multiply(in.curationHourUsd()).divide(SIXTY, MathContext.DECIMAL64);
        BigDecimal fineTuneSetUp = plus(curation.add(week.multiply(decimal(in.fineTuneWeeks() + in.evaluationWeeks()))),
                training);
        BigDecimal retraining = plus(week.multiply(decimal(in.retrainWeeks())), training);
        if (training == null) {
            notes.add("The training price is unknown, so the fine-tune path's cost is unknown.");
        } else if (!in.trainingPriceVerified()) {
            notes.add("The training price is unverified (reference §3.4): check it on the provider's price page.");
        }
        BigDecimal promptMonthly = plus(times(in.promptCallUsd(), in.monthlyCalls()), upkeep);
        BigDecimal fineTuneMonthly = times(in.fineTunedCallUsd(), in.monthlyCalls());
        if (in.promptCallUsd() == null) {
            notes.add("The prompted model's cost per call is unknown (no price or no measured calls).");
        }
        if (in.fineTunedCallUsd() == null) {
            notes.add("The fine-tuned model's cost per call is unknown (no ft: price in the table for it).");
        }
        List<TcoResult.Month> months = new ArrayList<>();
        Integer breakEven = null;
        for (int m = 0; m <= in.horizonMonths(); m++) {
            BigDecimal prompt = m == 0 ? promptSetUp : promptMonthly;
            BigDecimal fineTune = m == 0 ? fineTuneSetUp
                    : plus(fineTuneMonthly, retrainsIn(m, in.retrainEveryMonths()) ? retraining : BigDecimal.ZERO);
            BigDecimal promptTotal = m == 0 ? prompt : plus(months.get(m - 1).promptCumulative(), prompt);
            BigDecimal fineTuneTotal = m == 0 ? fineTune : plus(months.get(m - 1).fineTuneCumulative(), fineTune);
            months.add(new TcoResult.Month(m, prompt, fineTune, promptTotal, fineTuneTotal));
            if (breakEven == null && promptTotal != null && fineTuneTotal != null && fineTuneTotal.compareTo(promptTotal) <= 0) {
                breakEven = m;
            }
        }
        Long volume = breakEvenVolume(in, promptSetUp, upkeep, fineTuneSetUp, retraining, notes);
        return new TcoResult(in, months, promptSetUp, fineTuneSetUp, training, retraining, breakEven, volume,
                in.trainingPriceVerified(), notes);
    }

    /** Whether month m (≥ 1) starts with a retraining: m = K+1, 2K+1, … */
    static boolean retrainsIn(int month, int every) {
        return every > 0 && month > 1 && (month - 1) % every == 0;
    }

    private static Long breakEvenVolume(TcoInputs in, BigDecimal promptSetUp, BigDecimal upkeep, BigDecimal fineTuneSetUp,
                                        BigDecimal retraining, List<String> notes) {
        if (in.promptCallUsd() == null || in.fineTunedCallUsd() == null || fineTuneSetUp == null) {
            return null;
        }
        BigDecimal perCallGain = in.promptCallUsd().subtract(in.fineTunedCallUsd());
        if (perCallGain.signum() <= 0) {
            notes.add("The fine-tuned model costs no less per call than the prompted one: no volume pays its fixed costs back.");
            return null;
        }
        int n = in.horizonMonths();
        int retrainings = in.retrainEveryMonths() == 0 ? 0 : (n - 1) / in.retrainEveryMonths();
        BigDecimal fixedGap = fineTuneSetUp.add(retraining.multiply(BigDecimal.valueOf(retrainings)))
                .subtract(promptSetUp).subtract(upkeep.multiply(BigDecimal.valueOf(n)));
        if (fixedGap.signum() <= 0) {
            return 0L;
        }
        return fixedGap.divide(perCallGain.multiply(BigDecimal.valueOf(n)), 0, RoundingMode.CEILING).longValueExact();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal times(BigDecimal perCall, long calls) {
        return perCall == null ? null : perCall.multiply(BigDecimal.valueOf(calls));
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
