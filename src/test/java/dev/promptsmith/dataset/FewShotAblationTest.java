package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FewShotAblationTest {

    private static AblationScores scores() {
        return new AblationScores(0.80, new BigDecimal("0.40"),
                Map.of("ex-1", 0.70, "ex-2", 0.85, "ex-3", 0.80, "ex-4", 0.81),
                List.of(new AblationScores.SweepPoint(5, 0.80, new BigDecimal("0.40")),
                        new AblationScores.SweepPoint(0, 0.50, new BigDecimal("0.10")),
                        new AblationScores.SweepPoint(3, 0.81, null),
                        new AblationScores.SweepPoint(1, 0.70, new BigDecimal("0.16"))));
    }

    @Test
    void eachExamplesContributionIsTheFullScoreMinusTheScoreWithoutIt() {
        AblationReport report = new FewShotAblation(0).analyse(scores());

        assertThat(report.contributions()).extracting(AblationReport.Contribution::exampleId)
                .containsExactly("ex-1", "ex-3", "ex-4", "ex-2");
        assertThat(report.contributions().get(0).contribution()).isCloseTo(0.10, within(1e-9));
        assertThat(report.contributions().get(3).contribution()).isCloseTo(-0.05, within(1e-9));
    }

    @Test
    void examplesWhoseRemovalRaisesTheScoreBeyondTheToleranceAreFlagged() {
        assertThat(new FewShotAblation(0).analyse(scores()).harmful()).containsExactly("ex-4", "ex-2");
        assertThat(new FewShotAblation(0.02).analyse(scores()).harmful()).containsExactly("ex-2");
    }

    @Test
    void theCurveIsInOrderOfKWithGainsAndExtraCostsWhereBothCostsAreKnown() {
        List<AblationReport.CurvePoint> curve = new FewShotAblation(0).analyse(scores()).curve();

        assertThat(curve).extracting(AblationReport.CurvePoint::k).containsExactly(0, 1, 3, 5);
        assertThat(curve.get(0).gain()).isZero();
        assertThat(curve.get(1).gain()).isCloseTo(0.20, within(1e-9));
        assertThat(curve.get(1).extraCost()).isEqualByComparingTo("0.06");
        assertThat(curve.get(2).extraCost()).isNull();
        assertThat(curve.get(3).extraCost()).isNull();
        assertThat(curve.get(3).gain()).isCloseTo(-0.01, within(1e-9));
    }

    @Test
    void theBestKIsTheFewestExamplesThatReachTheBestScore() {
        assertThat(new FewShotAblation(0).analyse(scores()).bestK()).hasValue(3);
        assertThat(new FewShotAblation(0.11).analyse(scores()).bestK()).hasValue(1);
        assertThat(new FewShotAblation(0).analyse(new AblationScores(0.5, null, Map.of(), List.of())).bestK()).isEmpty();
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertThatThrownBy(() -> new FewShotAblation(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
