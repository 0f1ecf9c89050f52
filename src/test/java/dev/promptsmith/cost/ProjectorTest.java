package dev.promptsmith.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.model.ModelRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectorTest {

    private static final ModelRef BIG = new ModelRef("big", "openai", "gpt-4o", null);
    private static final ModelRef MINI = new ModelRef("mini", "openai", "gpt-4o-mini", null);
    private static final ModelRef LOCAL = new ModelRef("local", "nowhere", "mystery", null);
    private static final ModelRef HAIKU = new ModelRef("haiku", "anthropic", "claude-haiku-4-5", null);

    private final PriceTable prices = new PriceCatalog().bundled();

    /** {@code passes} of five cases pass in the column. */
    private static List<ScoredCell> column(String id, int passes) {
        List<ScoredCell> cells = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            boolean pass = i < passes;
            cells.add(new ScoredCell("t" + i, id, 0, pass, pass ? 1 : 0, false, 100, 1, 1, BigDecimal.ONE, null, null,
                    null, null, null, null));
        }
        return cells;
    }

    private static UsageProfile profile(String id, String prompt, String model, long input, long output) {
        return new UsageProfile(new ColumnRef(id, prompt, model), 5, 0, input, output, 0, 0, 0, 0, false);
    }

    private Projector projector(Target target) {
        List<ScoredCell> cells = new ArrayList<>();
        cells.addAll(column("zero × big", 5));
        cells.addAll(column("zero × local", 5));
        cells.addAll(column("zero × mini", 4));
        cells.addAll(column("cot × mini", 3));
        List<UsageProfile> profiles = List.of(
                profile("zero × big", "zero", "big", 5000, 500),
                profile("zero × local", "zero", "local", 5000, 500),
                profile("zero × mini", "zero", "mini", 5000, 1000),
                profile("cot × mini", "cot", "mini", 6000, 4000));
        return new Projector(ColumnMetrics.summarize(cells), target, profiles, List.of(BIG, MINI, LOCAL),
                List.of(BIG, MINI, HAIKU, LOCAL), prices);
    }

    @Test
    void eachColumnIsPricedWithItsOwnUsageAtItsModelsListPrice() {
        Projection projection = projector(Target.of("passRate", 0.8)).at(100_000);

        // zero × big, gpt-4o 2.50 / 10.00: 1000 in + 100 out a call = 2,500 + 1,000 = 3,500 per million
        // = $0.0035 a call; × 100,000 = $350 a month.
        assertThat(projection.column("zero × big").orElseThrow().perCall()).isEqualByComparingTo("0.0035");
        assertThat(projection.column("zero × big").orElseThrow().monthly()).isEqualByComparingTo("350");
        // zero × mini, 0.15 / 0.60: 1000 × 0.15 + 200 × 0.60 = 150 + 120 = 270 per million → $27 a month.
        assertThat(projection.column("zero × mini").orElseThrow().monthly()).isEqualByComparingTo("27");
        // cot × mini: 1200 × 0.15 + 800 × 0.60 = 180 + 480 = 660 per million → $66 a month.
        assertThat(projection.column("cot × mini").orElseThrow().monthly()).isEqualByComparingTo("66");
        assertThat(projection.column("zero × local").orElseThrow().monthly()).isNull();
    }

    @Test
    void theCheapestColumnMeetingTheTargetAndItsSavingAgainstTheBest() {
        Projection projection = projector(Target.of("passRate", 0.8)).at(100_000);

        // Meeting pass rate ≥ 0.8: big (1.0), local (1.0, price unknown), mini (0.8); cot × mini (0.6) does not.
        assertThat(projection.bestColumn()).isEqualTo("zero × big");
        assertThat(projection.cheapestMeetingColumn()).isEqualTo("zero × mini");
        // $350 − $27 = $323 a month.
        assertThat(projection.monthlySaving()).isEqualByComparingTo("323");
        assertThat(projection.column("cot × mini").orElseThrow().meetsTarget()).isFalse();
    }

    @Test
    void candidatesUseTheirOwnMeasuredColumnOrAreProjectedFromTheBestOne() {
        Projection projection = projector(Target.of("passRate", 0.8)).at(100_000);

        assertThat(projection.reference().column().id()).isEqualTo("zero × big");
        Projection.ModelCost mini = projection.models().get(1);
        assertThat(mini.measured()).isTrue();
        assertThat(mini.basis().column().id()).isEqualTo("zero × mini");
        assertThat(mini.monthly()).isEqualByComparingTo("27");
        // Haiku was not run: the best column's 1000 in + 100 out at 1.00 / 5.00 = 1,000 + 500 = 1,500 per
        // million = $0.0015 a call, $150 a month, flagged as not measured.
        Projection.ModelCost haiku = projection.models().get(2);
        assertThat(haiku.measured()).isFalse();
        assertThat(haiku.perCall()).isEqualByComparingTo("0.0015");
        assertThat(haiku.monthly()).isEqualByComparingTo("150");
        assertThat(projection.models().get(3).monthly()).isNull();
    }

    @Test
    void withoutATargetThereIsNoCheapestMeetingColumnNorSaving() {
        Projection projection = projector(null).at(1_000);

        assertThat(projection.target()).isNull();
        assertThat(projection.bestColumn()).isEqualTo("zero × big");
        assertThat(projection.cheapestMeetingColumn()).isNull();
        assertThat(projection.monthlySaving()).isNull();
        // 1,000 calls at $0.0035 = $3.50.
        assertThat(projection.column("zero × big").orElseThrow().monthly()).isEqualByComparingTo("3.5");
    }

    @Test
    void whenTheBestIsAlsoTheCheapestMeetingTheSavingIsZero() {
        Projection projection = projector(Target.of("passRate", 0.8)).at(100_000, "cot × mini");

        assertThat(projection.reference().column().id()).isEqualTo("cot × mini");
        // Projected from cot × mini (1200 in, 800 out) onto haiku: 1,200 + 4,000 = 5,200 per million.
        assertThat(projection.models().get(2).perCall()).isEqualByComparingTo("0.0052");
        Projection onlyMini = new Projector(ColumnMetrics.summarize(column("zero × mini", 5)), Target.of("passRate", 0.8),
                List.of(profile("zero × mini", "zero", "mini", 5000, 1000)), List.of(MINI), List.of(MINI), prices).at(10);
        assertThat(onlyMini.monthlySaving()).isEqualByComparingTo("0");
    }
}
