package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void tQuantileMatchesTheClosedFormsForOneAndTwoDegreesOfFreedom() {
        // df = 1 is Cauchy: t = tan(π(p − ½)) = tan(0.475π) = 12.706204736
        assertThat(Distributions.studentTQuantile(0.975, 1)).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-9));
        // df = 2: t = (2p − 1) / √(2p(1 − p)) = 0.95 / √(2·0.975·0.025) = 0.95 / √0.04875 = 4.302652730
        assertThat(Distributions.studentTQuantile(0.975, 2)).isCloseTo(0.95 / Math.sqrt(0.04875), within(1e-9));
    }

    @Test
    void tQuantileMatchesPrintedTables() {
        // two-sided 95% column of any t table (e.g. NIST/SEMATECH e-Handbook table 1.4.2.7)
        assertThat(Distributions.studentTQuantile(0.975, 4)).isCloseTo(2.776, within(5e-4));
        assertThat(Distributions.studentTQuantile(0.975, 9)).isCloseTo(2.262, within(5e-4));
        assertThat(Distributions.studentTQuantile(0.975, 29)).isCloseTo(2.045, within(5e-4));
        assertThat(Distributions.studentTQuantile(0.975, 100)).isCloseTo(1.984, within(5e-4));
        // other columns: one-sided 95% at df 5, two-sided 99% at df 10
        assertThat(Distributions.studentTQuantile(0.95, 5)).isCloseTo(2.015, within(5e-4));
        assertThat(Distributions.studentTQuantile(0.995, 10)).isCloseTo(3.169, within(5e-4));
    }

    @Test
    void tQuantileTendsToZForLargeDegreesOfFreedom() {
        // t(0.975, ∞) = z(0.975) = 1.959964; at df = 10⁶ the gap is about z³/(4·df) ≈ 2e-6
        assertThat(Distributions.studentTQuantile(0.975, 1_000_000)).isCloseTo(Distributions.Z_975, within(1e-5));
    }

    @Test
    void tQuantileIsSymmetricAroundZero() {
        assertThat(Distributions.studentTQuantile(0.5, 7)).isZero();
        assertThat(Distributions.studentTQuantile(0.025, 9)).isCloseTo(-Distributions.studentTQuantile(0.975, 9),
                within(1e-12));
    }

    @Test
    void chiSquareSurvivalIsTheTwoSidedNormalTail() {
        // χ²₁ = Z², so P(χ²₁ > z²) = P(|Z| > 1.959964) = 0.05, with z² = 3.841458820694124
        assertThat(Distributions.chiSquare1Survival(3.841458820694124)).isCloseTo(0.05, within(1e-12));
        assertThat(Distributions.chiSquare1Survival(0)).isEqualTo(1);
        // P(χ²₁ > 1) = P(|Z| > 1) = 1 − 0.682689492 = 0.317310508
        assertThat(Distributions.chiSquare1Survival(1)).isCloseTo(0.317310507862914, within(1e-12));
    }
}
