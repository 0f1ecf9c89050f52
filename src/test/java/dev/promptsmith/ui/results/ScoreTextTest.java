package dev.promptsmith.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreTextTest {

    @Test
    void writesWhatPercentTwoFWrites() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            // Scores are means of weights in 0..1 mostly; a few come from user weights beyond it.
            double value = i % 10 == 0 ? (random.nextDouble() - 0.5) * 2_000 : Math.round(random.nextDouble() * 1e6) / 1e6;
            assertThat(ScoreText.twoDecimals(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }

    @Test
    void edgeValues() {
        assertThat(ScoreText.twoDecimals(0)).isEqualTo("0.00");
        assertThat(ScoreText.twoDecimals(1)).isEqualTo("1.00");
        assertThat(ScoreText.twoDecimals(0.05)).isEqualTo("0.05");
        assertThat(ScoreText.twoDecimals(0.999)).isEqualTo("1.00");
        assertThat(ScoreText.twoDecimals(-0.001)).isEqualTo("0.00"); // %.2f writes -0.00
        assertThat(ScoreText.twoDecimals(-0.125)).isEqualTo("-0.13");
        assertThat(ScoreText.twoDecimals(Double.NaN)).isEqualTo("NaN");
        assertThat(ScoreText.verdict(true, 0.5)).isEqualTo("PASS 0.50");
        assertThat(ScoreText.verdict(false, 0)).isEqualTo("FAIL 0.00");
    }
}
