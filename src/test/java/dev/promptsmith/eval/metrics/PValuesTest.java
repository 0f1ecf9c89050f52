package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PValuesTest {

    @Test
    void twoSignificantDigits() {
        assertThat(PValues.format(22.0 / 1024)).isEqualTo("p = 0.021"); // 0.021484375
        assertThat(PValues.format(0.017960)).isEqualTo("p = 0.018");
        assertThat(PValues.format(0.41)).isEqualTo("p = 0.41");
        assertThat(PValues.format(0.0051103)).isEqualTo("p = 0.0051");
    }

    @Test
    void trailingZerosKeepTwoDigits() {
        assertThat(PValues.format(0.5)).isEqualTo("p = 0.50");
        assertThat(PValues.format(1)).isEqualTo("p = 1.0");
        assertThat(PValues.format(0.001)).isEqualTo("p = 0.0010");
    }

    @Test
    void belowOneThousandthIsNotPrintedAsANumber() {
        assertThat(PValues.format(0.000999)).isEqualTo("p < 0.001");
        assertThat(PValues.format(0)).isEqualTo("p < 0.001");
    }

    @Test
    void significanceUsesAlphaFivePercentOnTheUnroundedValue() {
        // 0.0496 prints as 0.050 but is still below 0.05
        assertThat(PValues.format(0.0496)).isEqualTo("p = 0.050");
        assertThat(PValues.significant(0.0496)).isTrue();
        assertThat(PValues.significant(0.05)).isFalse();
    }
}
