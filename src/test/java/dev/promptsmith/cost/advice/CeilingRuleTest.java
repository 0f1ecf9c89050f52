package dev.promptsmith.cost.advice;

import static dev.promptsmith.cost.advice.ResultSet.cases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.McNemarResult;
import dev.promptsmith.eval.metrics.PairedComparison;
import dev.promptsmith.eval.metrics.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class CeilingRuleTest {

    private static final Target TARGET = Target.of("passRate", 0.9);
    private final CeilingRule rule = new CeilingRule();

    /** zero passes 10 of 20 (50%), few 11 of 20 (55%): 35 and 40 points short, 5 points apart. */
    private static ResultSet twoVariantsAtTheSameLevel() {
        return new ResultSet()
                .passes("zero", "m", cases(1, 10)).fails("zero", "m", "label", cases(11, 20))
                .passes("few", "m", cases(1, 11)).fails("few", "m", "label", cases(12, 20));
    }

    @Test
    void aLargeGapThatHoldsAcrossVariantsIsACeiling() {
        List<Advice> advice = rule.advise(new AdviceContext(twoVariantsAtTheSameLevel().inputs(TARGET)));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.CEILING);
            assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
            assertThat(a.statement()).contains("All 2 prompt variants stop at pass rate 50%–55%").contains("ceiling");
            assertThat(a.evidence()).contains("few: best few × m at pass rate 55%, 35 points short",
                    "zero: best zero × m at pass rate 50%, 40 points short");
        });
    }

    @Test
    void aSignificantDifferenceBetweenVariantsIsNotACeiling() {
        PairedComparison significant = new PairedComparison("zero × m", "few × m", 20, 6, 0, 14,
                new McNemarResult(0, 6, true, Double.NaN, 0.031), null, "few × m beats zero × m on 6 cases", "");

        List<Advice> advice = rule.advise(new AdviceContext(
                twoVariantsAtTheSameLevel().inputs(TARGET, List.of(significant), null, null)));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.INFO);
            assertThat(a.statement()).contains("the prompt still moves it");
            assertThat(a.evidence()).contains("few × m beats zero × m on 6 cases");
        });
    }

    @Test
    void variantsFarApartAreNotACeiling() {
        // 30% and 60%.
        ResultSet results = new ResultSet()
                .passes("zero", "m", cases(1, 3)).fails("zero", "m", "label", cases(4, 10))
                .passes("few", "m", cases(1, 6)).fails("few", "m", "label", cases(7, 10));

        assertThat(rule.advise(new AdviceContext(results.inputs(TARGET))))
                .singleElement().satisfies(a -> assertThat(a.statement()).contains("differ (pass rate 30%–60%)"));
    }

    @Test
    void noCeilingAdviceWhenAVariantIsCloseOrThereIsOneVariantOrNoTarget() {
        ResultSet close = new ResultSet()
                .passes("zero", "m", cases(1, 3)).fails("zero", "m", "label", cases(4, 10))
                .passes("few", "m", cases(1, 8)).fails("few", "m", "label", cases(9, 10));
        ResultSet oneVariant = new ResultSet().passes("zero", "m", cases(1, 3)).fails("zero", "m", "label", cases(4, 10));

        assertThat(rule.advise(new AdviceContext(close.inputs(TARGET)))).isEmpty();
        assertThat(rule.advise(new AdviceContext(oneVariant.inputs(TARGET)))).isEmpty();
        assertThat(rule.advise(new AdviceContext(twoVariantsAtTheSameLevel().inputs(null)))).isEmpty();
    }
}
