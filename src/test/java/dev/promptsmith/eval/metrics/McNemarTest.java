package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class McNemarTest {

    @Test
    void exactBinomialForFewDiscordantPairs() {
        // b + c = 10 < 25: p = 2·(C(10,0) + C(10,1)) / 2¹⁰ = 2·11/1024 = 0.021484375
        McNemarResult r = McNemar.test(1, 9);
        assertThat(r.exact()).isTrue();
        assertThat(r.pValue()).isEqualTo(22.0 / 1024);
        assertThat(r.statistic()).isNaN();
        assertThat(r.method()).isEqualTo("McNemar exact");
    }

    @Test
    void exactTestIsSymmetricInBAndC() {
        assertThat(McNemar.test(9, 1).pValue()).isEqualTo(McNemar.test(1, 9).pValue());
    }

    @Test
    void exactTestCapsAtOne() {
        // b = 3, c = 4: 2·(1 + 7 + 21 + 35)/2⁷ = 2·64/128 = 1.0
        assertThat(McNemar.test(3, 4).pValue()).isEqualTo(1);
        // b = c = 12 (n = 24, still exact): 2·P(X ≤ 12) > 1 → 1
        assertThat(McNemar.test(12, 12).pValue()).isEqualTo(1);
    }

    @Test
    void exactTestWithOneSideEmpty() {
        // b = 0, c = 6: 2·C(6,0)/2⁶ = 2/64 = 0.03125
        assertThat(McNemar.test(0, 6).pValue()).isEqualTo(0.03125);
    }

    @Test
    void noDiscordantPairsMeansNoEvidence() {
        assertThat(McNemar.test(0, 0).pValue()).isEqualTo(1);
    }

    @Test
    void chiSquareWithContinuityCorrectionFromTwentyFivePairs() {
        // b + c = 35 ≥ 25: χ² = (|10 − 25| − 1)² / 35 = 196/35 = 5.6
        // p = erfc(√(5.6/2)) = erfc(1.673320) = 0.017960
        McNemarResult r = McNemar.test(10, 25);
        assertThat(r.exact()).isFalse();
        assertThat(r.statistic()).isCloseTo(5.6, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.017960, within(1e-6));
        assertThat(r.method()).isEqualTo("McNemar χ², continuity-corrected");
    }

    @Test
    void switchesToChiSquareExactlyAtTwentyFive() {
        // n = 24 → exact: 2·Σ_{i≤5} C(24,i)/2²⁴ = 2·(1 + 24 + 276 + 2024 + 10626 + 42504)/16777216
        //   = 2·55455/16777216 = 0.0066107
        assertThat(McNemar.test(5, 19).exact()).isTrue();
        assertThat(McNemar.test(5, 19).pValue()).isCloseTo(2 * 55455.0 / 16_777_216, within(1e-15));
        // n = 25 → χ² = (15 − 1)²/25 = 196/25 = 7.84, p = erfc(√3.92) = erfc(1.979899) = 0.0051103
        McNemarResult r = McNemar.test(5, 20);
        assertThat(r.exact()).isFalse();
        assertThat(r.statistic()).isCloseTo(7.84, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.0051103, within(1e-6));
    }

    @Test
    void continuityCorrectionNeverMakesEqualCountsSignificant() {
        // b = c = 15: max(0, 0 − 1)² / 30 = 0 → p = 1; |12 − 13| − 1 = 0 likewise
        assertThat(McNemar.test(15, 15).pValue()).isEqualTo(1);
        assertThat(McNemar.test(12, 13).pValue()).isEqualTo(1);
    }
}
