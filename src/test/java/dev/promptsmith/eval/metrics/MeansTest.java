package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeansTest {

    @Test
    void tenEqualScoresAverageToExactlyThatScore() {
        double[] scores = new double[10];
        Arrays.fill(scores, 0.85);
        // a plain sum gives 8.499999999999998 / 10 = 0.8499999999999999, short of a 0.85 target
        assertThat(Means.of(scores)).isEqualTo(0.85);
    }

    @Test
    void mixedScores() {
        // (0.1 + 0.2 + 0.3 + 0.4) / 4 = 1.0/4 = 0.25
        assertThat(Means.of(new double[] {0.1, 0.2, 0.3, 0.4})).isEqualTo(0.25);
    }
}
