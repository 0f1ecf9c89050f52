package dev.promptsmith.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnFiveValues() {
        long[] values = {35, 20, 50, 15, 40}; // sorted: 15 20 35 40 50
        assertThat(Percentiles.nearestRank(values, 5)).isEqualTo(15);   // ⌈0.25⌉ = 1
        assertThat(Percentiles.nearestRank(values, 30)).isEqualTo(20);  // ⌈1.5⌉ = 2
        assertThat(Percentiles.nearestRank(values, 40)).isEqualTo(20);  // ⌈2.0⌉ = 2
        assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(35);  // ⌈2.5⌉ = 3
        assertThat(Percentiles.nearestRank(values, 95)).isEqualTo(50);  // ⌈4.75⌉ = 5
        assertThat(Percentiles.nearestRank(values, 100)).isEqualTo(50); // ⌈5⌉ = 5
    }

    @Test
    void p50OfAnEvenCountIsTheLowerMiddleNotAnAverage() {
        // ⌈0.5·4⌉ = 2 → 200, where an interpolating median would say 250
        assertThat(Percentiles.nearestRank(new long[] {400, 100, 300, 200}, 50)).isEqualTo(200);
    }

    @Test
    void p95OfTwentyValuesIsTheNineteenth() {
        // ⌈0.95·20⌉ = 19 exactly (integer arithmetic: (95·20 + 99)/100 = 19)
        long[] oneToTwenty = LongStream.rangeClosed(1, 20).toArray();
        assertThat(Percentiles.nearestRank(oneToTwenty, 95)).isEqualTo(19);
        // ⌈0.95·21⌉ = ⌈19.95⌉ = 20
        assertThat(Percentiles.nearestRank(LongStream.rangeClosed(1, 21).toArray(), 95)).isEqualTo(20);
    }

    @Test
    void singleValueIsEveryPercentile() {
        assertThat(Percentiles.nearestRank(new long[] {7}, 1)).isEqualTo(7);
        assertThat(Percentiles.nearestRank(new long[] {7}, 95)).isEqualTo(7);
    }

    @Test
    void emptyInputIsRejected() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
