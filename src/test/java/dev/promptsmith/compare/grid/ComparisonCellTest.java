package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.cell;
import static dev.promptsmith.compare.grid.GridFixtures.error;
import static dev.promptsmith.compare.grid.GridFixtures.fail;
import static dev.promptsmith.compare.grid.GridFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonCellTest {

    @Test
    void twoPassesOfThreeAreAPassAndTheScoreIsTheMeanWithAnErrorCountingZero() {
        ComparisonCell cell = cell(pass(0, "billing"), error(2), pass(1, "billing"));

        assertThat(cell.passed()).isTrue();
        assertThat(cell.meanScore()).isEqualTo(2.0 / 3);
        assertThat(cell.errored()).isTrue();
        assertThat(cell.error()).isEqualTo("Too many requests");
    }

    @Test
    void oneOfTwoIsACoinFlipNotAPass() {
        assertThat(cell(pass(0, "a"), fail(1, "b", 0.5)).passed()).isFalse();
        assertThat(cell(pass(0, "a"), fail(1, "b", 0.5)).meanScore()).isEqualTo(0.75);
    }

    @Test
    void repeatsAreOrderedAndTheFirstIsTheOneShown() {
        ComparisonCell cell = cell(fail(1, "second", 0), pass(0, "first"));

        assertThat(cell.repeats()).extracting(CellRun::repeat).containsExactly(0, 1);
        assertThat(cell.output()).isEqualTo("first");
        assertThat(cell.errored()).isFalse();
        assertThat(cell.error()).isNull();
    }

    @Test
    void aCellIsFromTheCacheOnlyWhenEveryRepeatIs() {
        CellRun cached = new CellRun(0, "x", true, 1, null, true, 1L, 0, 0, null, List.of());
        CellRun called = new CellRun(1, "x", true, 1, null, false, 1L, 0, 0, null, List.of());

        assertThat(cell(cached).cacheHit()).isTrue();
        assertThat(cell(cached, called).cacheHit()).isFalse();
    }

    @Test
    void aCellNeedsACall() {
        assertThatThrownBy(() -> new ComparisonCell("p", "m", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reasonsAreTheFailedAssertionsOrTheError() {
        assertThat(fail(0, "x", 0).reasons()).isEqualTo("Output does not contain 'billing'");
        assertThat(error(0).reasons()).isEqualTo("Too many requests");
        assertThat(pass(0, "x").reasons()).isEmpty();
    }
}
