package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalsTest {

    private static final double Z2 = 3.841458820694124; // z² = 1.959964²

    @Test
    void wilsonIntervalForEightOfTen() {
        // p̂ = 0.8, z²/n = 0.384146
        // centre = (0.8 + 0.192073) / 1.384146 = 0.716740
        // half   = 1.959964 / 1.384146 · √(0.8·0.2/10 + 3.841459/400) = 1.416010 · 0.160011 = 0.226578
        // → [0.716740 − 0.226578, 0.716740 + 0.226578] = [0.490, 0.943]
        Estimate e = Intervals.wilson(8, 10);
        assertThat(e.value()).isEqualTo(0.8);
        assertThat(e.lower()).isCloseTo(0.490, within(5e-4));
        assertThat(e.upper()).isCloseTo(0.943, within(5e-4));
    }

    @Test
    void wilsonIntervalAtTheEdgesStaysInsideZeroOne() {
        // k = 0: lower = 0, upper = (z²/n)/(1 + z²/n) = z²/(n + z²) = 3.841459/13.841459 = 0.277533
        Estimate none = Intervals.wilson(0, 10);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(Z2 / (10 + Z2), within(1e-12));
        // k = n mirrors it: [1 − 0.277533, 1]
        Estimate all = Intervals.wilson(10, 10);
        assertThat(all.lower()).isCloseTo(10 / (10 + Z2), within(1e-12));
        assertThat(all.upper()).isEqualTo(1);
    }

    @Test
    void wilsonIntervalOfHalfIsSymmetric() {
        // p̂ = 0.5: centre = 0.5; half = z/(1 + z²/4) · √(0.25/4 + z²/64)
        //   = 1.959964 / 1.960365 · √(0.0625 + 0.060023) = 0.999796 · 0.350033 = 0.349961
        Estimate e = Intervals.wilson(2, 4);
        assertThat(e.lower()).isCloseTo(0.5 - 0.349961, within(1e-5));
        assertThat(e.upper()).isCloseTo(0.5 + 0.349961, within(1e-5));
    }

    @Test
    void wilsonIntervalWithoutCasesIsEverything() {
        assertThat(Intervals.wilson(0, 0)).isEqualTo(new Estimate(0, 0, 1));
    }

    @Test
    void meanScoreIntervalUsesStudentT() {
        // scores 0.2 0.4 0.6 0.8 1.0: mean 0.6; squared deviations 0.16 + 0.04 + 0 + 0.04 + 0.16 = 0.4
        // s² = 0.4/4 = 0.1, s = 0.316228, s/√5 = 0.141421; t(0.975, 4) = 2.776445
        // half = 2.776445 · 0.141421 = 0.392648 → [0.207352, 0.992648]
        Estimate e = Intervals.meanScore(new double[] {0.2, 0.4, 0.6, 0.8, 1.0});
        assertThat(e.value()).isCloseTo(0.6, within(1e-12));
        assertThat(e.lower()).isCloseTo(0.207352, within(1e-6));
        assertThat(e.upper()).isCloseTo(0.992648, within(1e-6));
    }

    @Test
    void meanScoreIntervalIsClippedToTheScoreRange() {
        // 0.3 and 0.8: mean 0.55, s = √(2·0.25²/1) = 0.353553, s/√2 = 0.25; t(0.975, 1) = 12.706
        // half = 3.18 → [−2.6, 3.7], clipped to [0, 1]
        assertThat(Intervals.meanScore(new double[] {0.3, 0.8})).isEqualTo(new Estimate(0.55, 0, 1));
    }

    @Test
    void meanScoreOfIdenticalScoresHasNoWidth() {
        assertThat(Intervals.meanScore(new double[] {0.7, 0.7, 0.7})).isEqualTo(new Estimate(0.7, 0.7, 0.7));
    }

    @Test
    void meanScoreOfOneCaseKnowsNothingAboutSpread() {
        assertThat(Intervals.meanScore(new double[] {0.4})).isEqualTo(new Estimate(0.4, 0, 1));
    }
}
