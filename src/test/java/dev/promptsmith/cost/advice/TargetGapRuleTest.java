package dev.promptsmith.cost.advice;

import static dev.promptsmith.cost.advice.ResultSet.cases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGapRuleTest {

    private final TargetGapRule rule = new TargetGapRule();

    @Test
    void withoutATargetItAsksForOne() {
        List<Advice> advice = new ResultSet().passes("p", "m", cases(1, 3)).advise(rule, null);

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.INFO);
            assertThat(a.statement()).contains("sets no target").contains("p × m at pass rate 100%");
        });
    }

    @Test
    void aMetTargetIsReportedWithTheColumnsThatMeetIt() {
        // 9 of 10 = 90% ≥ 90%.
        List<Advice> advice = new ResultSet().passes("p", "m", cases(1, 9)).fails("p", "m", "label", "t10")
                .advise(rule, Target.of("passRate", 0.9));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.TARGET_GAP);
            assertThat(a.statement()).contains("p × m meets the target: pass rate 90% against the target's 90%")
                    .contains("1 column meets it");
        });
    }

    @Test
    void aSmallGapSaysKeepIteratingAndNamesTheCasesFailingInMostColumns() {
        // m1 passes 8 of 10 (80%, 10 points short of 90%); m2 passes 6 of 10. t9 and t10 fail in both
        // columns, t7 and t8 in one.
        List<Advice> advice = new ResultSet()
                .passes("p", "m1", cases(1, 8)).fails("p", "m1", "label", "t9", "t10")
                .passes("p", "m2", cases(1, 6)).fails("p", "m2", "label", cases(7, 10))
                .advise(rule, Target.of("passRate", 0.9));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.ITERATE_PROMPT);
            assertThat(a.severity()).isEqualTo(Advice.Severity.SUGGESTION);
            assertThat(a.statement()).contains("p × m1 is 10 points short").contains("keep iterating on the prompt");
            assertThat(a.caseIds()).containsExactly("t9", "t10", "t7", "t8");
            assertThat(a.evidence()).contains("t9 fails in 2 of 2 columns", "t7 fails in 1 of 2 columns");
        });
    }

    @Test
    void aLargeGapIsAWarning() {
        // 5 of 10 = 50%: 40 points short of 90%.
        List<Advice> advice = new ResultSet().passes("p", "m", cases(1, 5)).fails("p", "m", "label", cases(6, 10))
                .advise(rule, Target.of("passRate", 0.9));

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.TARGET_GAP);
            assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
            assertThat(a.statement()).contains("40 points short");
        });
    }

    @Test
    void failuresByErrorsAloneAreNotListedAsCasesToWorkOn() {
        List<Advice> advice = new ResultSet().passes("p", "m", cases(1, 17)).fails("p", "m", "label", "t18")
                .errors("p", "m", "t19", "t20").advise(rule, Target.of("passRate", 0.9));

        // 17 of 20 = 85%: 5 points short; only t18 failed on its answer.
        assertThat(advice).singleElement().satisfies(a -> assertThat(a.caseIds()).containsExactly("t18"));
    }
}
