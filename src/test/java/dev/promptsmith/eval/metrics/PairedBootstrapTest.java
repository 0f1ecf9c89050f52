package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    private static final double[] MIXED = {0.3, -0.1, 0.5, 0.0, 0.2, -0.4, 0.6, 0.1, 0.25, -0.05};

    @Test
    void sameSeedGivesTheSameResult() {
        BootstrapResult first = PairedBootstrap.run(MIXED, 10_000, 42);
        BootstrapResult second = PairedBootstrap.run(MIXED, 10_000, 42);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherResample() {
        BootstrapResult a = PairedBootstrap.run(MIXED, 10_000, 42);
        BootstrapResult b = PairedBootstrap.run(MIXED, 10_000, 7);

        // the observed mean does not depend on the seed; the resampled interval does
        assertThat(b.meanDifference()).isEqualTo(a.meanDifference());
        assertThat(new double[] {b.lower(), b.upper(), b.pValue()})
                .isNotEqualTo(new double[] {a.lower(), a.upper(), a.pValue()});
    }

    @Test
    void observedMeanIsTheMeanOfTheDifferences() {
        // (0.3 − 0.1 + 0.5 + 0 + 0.2 − 0.4 + 0.6 + 0.1 + 0.25 − 0.05) / 10 = 1.4/10 = 0.14
        BootstrapResult r = PairedBootstrap.run(MIXED, 10_000, 42);
        assertThat(r.meanDifference()).isCloseTo(0.14, within(1e-12));
        assertThat(r.lower()).isLessThan(0.14);
        assertThat(r.upper()).isGreaterThan(0.14);
        assertThat(r.cases()).isEqualTo(10);
        assertThat(r.resamples()).isEqualTo(10_000);
    }

    @Test
    void aConstantDifferenceHasNoWidthAndTheSmallestPossibleP() {
        // every resample mean is 0.1: CI [0.1, 0.1]; #{m* ≤ 0} = 0, so p = 2·(1 + 0)/(10000 + 1) = 0.00019998
        BootstrapResult r = PairedBootstrap.run(new double[] {0.1, 0.1, 0.1, 0.1, 0.1}, 10_000, 1);
        assertThat(r.lower()).isCloseTo(0.1, within(1e-12));
        assertThat(r.upper()).isCloseTo(0.1, within(1e-12));
        assertThat(r.pValue()).isEqualTo(2.0 / 10_001);
    }

    @Test
    void noDifferenceGivesPOne() {
        // every resample mean is 0, counted on both sides: 2·(1 + 10000)/10001 = 2 → capped at 1
        BootstrapResult r = PairedBootstrap.run(new double[] {0, 0, 0}, 10_000, 1);
        assertThat(r.pValue()).isEqualTo(1);
        assertThat(r.lower()).isZero();
        assertThat(r.upper()).isZero();
    }

    @Test
    void twoCasesFollowTheBinomialResamplingDistribution() {
        // differences {0, 1}: a resample of 2 draws has mean 0, ½ or 1 with probability ¼, ½, ¼.
        // 2.5th percentile (rank 250 of 10000) falls among the ~2500 zeros → 0,
        // 97.5th (rank 9750) among the ~2500 ones → 1;
        // p = 2·(1 + #{m* ≤ 0})/10001 ≈ 2·2500/10001 ≈ 0.50 (binomial sd of the share ≈ 0.004, ×2)
        BootstrapResult r = PairedBootstrap.run(new double[] {0, 1}, 10_000, 2024);
        assertThat(r.lower()).isZero();
        assertThat(r.upper()).isEqualTo(1);
        assertThat(r.pValue()).isCloseTo(0.5, within(0.05));
    }

    @Test
    void percentileRanksForTenThousandResamples() {
        // ⌈0.025·10000⌉ = 250 and ⌈0.975·10000⌉ = 9750 (1-based)
        assertThat(Percentiles.rank(10_000, 25, 1000)).isEqualTo(250);
        assertThat(Percentiles.rank(10_000, 975, 1000)).isEqualTo(9750);
    }

    @Test
    void noSharedCasesGiveNoEvidence() {
        BootstrapResult r = PairedBootstrap.run(new double[0], 10_000, 1);
        assertThat(r.cases()).isZero();
        assertThat(r.pValue()).isEqualTo(1);
    }
}
