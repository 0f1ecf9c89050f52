package dev.promptsmith.cost.advice;

import static dev.promptsmith.cost.advice.ResultSet.cases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.ColumnRef;
import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.UsageProfile;
import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.model.ModelRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheaperModelRuleTest {

    private static final Target TARGET = Target.of("passRate", 0.8);
    private static final ColumnRef BIG = new ColumnRef("p × big", "p", "big");
    private static final ColumnRef MINI = new ColumnRef("p × mini", "p", "mini");
    private static final UsageProfile BIG_USAGE = new UsageProfile(BIG, 5, 0, 5000, 500, 0, 0, 0, 0, false);

    private final CheaperModelRule rule = new CheaperModelRule();

    private static Projection.ColumnCost column(ColumnRef ref, double metric, String perCall, String monthly) {
        return new Projection.ColumnCost(ref, null, metric, true, new BigDecimal(perCall), new BigDecimal(monthly));
    }

    private static Projection.ModelCost unmeasured(String id, String monthly) {
        return new Projection.ModelCost(new ModelRef(id, "x", id, null), null, BIG_USAGE, false, null,
                monthly == null ? null : new BigDecimal(monthly));
    }

    private static List<Advice> advise(CheaperModelRule rule, Projection projection) {
        ResultSet results = new ResultSet().passes("p", "big", cases(1, 5)).passes("p", "mini", cases(1, 4))
                .fails("p", "mini", "label", "t5");
        return rule.advise(new AdviceContext(results.inputs(TARGET, List.of(), projection, null)));
    }

    @Test
    void aCheaperColumnThatMeetsTheTargetIsSuggestedWithItsSaving() {
        // At 100,000 calls: big $350 a month, mini $27: mini saves $323 a month, $3,876 a year.
        Projection projection = new Projection(100_000, BIG_USAGE,
                List.of(column(BIG, 1.0, "0.0035", "350"), column(MINI, 0.8, "0.00027", "27")), List.of(), null,
                "p × big", "p × mini", new BigDecimal("323"));

        List<Advice> advice = advise(rule, projection);

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.CHEAPER_MODEL);
            assertThat(a.severity()).isEqualTo(Advice.Severity.SUGGESTION);
            assertThat(a.statement()).isEqualTo("p × mini reaches the target at $27.00 a month against $350.00 for the best "
                    + "column, p × big, at 100,000 calls a month: it saves $323.00 a month ($3,876.00 a year).");
            assertThat(a.evidence()).containsExactly("p × big: pass rate 100%, $0.0035 a call, $350.00 a month",
                    "p × mini: pass rate 80%, $0.00027 a call, $27.00 a month");
        });
    }

    @Test
    void cheaperModelsThatWereNeverRunAreNamedAsWorthMeasuring() {
        Projection projection = new Projection(100_000, BIG_USAGE,
                List.of(column(BIG, 1.0, "0.0035", "350"), column(MINI, 0.8, "0.00027", "27")),
                List.of(unmeasured("haiku", "20"), unmeasured("opus", "900"), unmeasured("mystery", null)), null,
                "p × big", "p × mini", new BigDecimal("323"));

        List<Advice> advice = advise(rule, projection);

        assertThat(advice).hasSize(2);
        assertThat(advice.get(1).severity()).isEqualTo(Advice.Severity.INFO);
        assertThat(advice.get(1).statement()).startsWith("1 model that was not run costs less than $27.00 a month");
        assertThat(advice.get(1).evidence()).containsExactly("haiku: $20.00 a month, projected from p × big's usage");
    }

    @Test
    void whenTheBestIsAlsoTheCheapestItSaysSo() {
        Projection projection = new Projection(1_000, BIG_USAGE, List.of(column(BIG, 1.0, "0.0035", "3.5")), List.of(),
                null, "p × big", "p × big", BigDecimal.ZERO);

        assertThat(advise(rule, projection)).singleElement()
                .satisfies(a -> assertThat(a.statement()).contains("is also the cheapest that meets the target: $3.50 a month"));
    }

    @Test
    void withoutAProjectionThereIsNothingToSay() {
        assertThat(advise(rule, null)).isEmpty();
    }
}
