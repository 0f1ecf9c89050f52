package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

    @Test
    void lnGammaMatchesFactorialsAndSqrtPi() {
        // Γ(1) = Γ(2) = 1 → ln = 0; Γ(10) = 9! = 362,880 → ln = 12.801827480081469
        assertThat(SpecialFunctions.lnGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.lnGamma(2)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.lnGamma(10)).isCloseTo(Math.log(362_880), within(1e-12));
        // Γ(½) = √π → ln = ½·ln π = 0.5723649429247001
        assertThat(SpecialFunctions.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
    }

    @Test
    void lnGammaBelowOneHalfUsesTheReflectionFormula() {
        // Γ(0.1) = π / (sin(0.1π) · Γ(0.9)); Γ(1.1) = 0.1·Γ(0.1) → ln Γ(0.1) = ln Γ(1.1) − ln 0.1
        assertThat(SpecialFunctions.lnGamma(0.1))
                .isCloseTo(SpecialFunctions.lnGamma(1.1) - Math.log(0.1), within(1e-13));
    }

    @Test
    void regularizedBetaMatchesClosedForms() {
        // I_x(1, 1) = x (uniform CDF)
        assertThat(SpecialFunctions.regularizedBeta(0.37, 1, 1)).isCloseTo(0.37, within(1e-14));
        // I_x(a, 1) = x^a
        assertThat(SpecialFunctions.regularizedBeta(0.3, 2.5, 1)).isCloseTo(Math.pow(0.3, 2.5), within(1e-14));
        // I_x(2, 3) = Σ_{j=2..4} C(4,j) x^j (1−x)^(4−j) at x = 0.4:
        //   6·0.16·0.36 + 4·0.064·0.6 + 0.0256 = 0.3456 + 0.1536 + 0.0256 = 0.5248
        assertThat(SpecialFunctions.regularizedBeta(0.4, 2, 3)).isCloseTo(0.5248, within(1e-14));
        // symmetry: I_½(a, a) = ½
        assertThat(SpecialFunctions.regularizedBeta(0.5, 7.5, 7.5)).isCloseTo(0.5, within(1e-14));
    }

    @Test
    void regularizedGammaQOfShapeOneIsTheExponentialTail() {
        // Q(1, x) = e^(−x); x = 0.5 takes the series branch, x = 2 the continued fraction
        assertThat(SpecialFunctions.regularizedGammaQ(1, 0.5)).isCloseTo(Math.exp(-0.5), within(1e-14));
        assertThat(SpecialFunctions.regularizedGammaQ(1, 2)).isCloseTo(Math.exp(-2), within(1e-14));
    }

    @Test
    void erfcMatchesTabulatedValues() {
        // Abramowitz & Stegun table 7.1: erf(1) = 0.8427007929, erf(2) = 0.9953222650
        assertThat(SpecialFunctions.erfc(0)).isEqualTo(1);
        assertThat(SpecialFunctions.erfc(1)).isCloseTo(1 - 0.842700792949715, within(1e-14));
        assertThat(SpecialFunctions.erfc(2)).isCloseTo(1 - 0.995322265018953, within(1e-14));
        assertThat(SpecialFunctions.erfc(-1)).isCloseTo(1 + 0.842700792949715, within(1e-14));
        // a far tail keeps its relative precision: erfc(3) = 2.209049699858544e-5
        assertThat(SpecialFunctions.erfc(3)).isCloseTo(2.209049699858544e-5, within(1e-18));
    }
}
