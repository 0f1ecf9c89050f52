package dev.promptsmith.cost.advice;

import static dev.promptsmith.cost.advice.ResultSet.cases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvisorTest {

    @Test
    void theStandardRulesSpeakInRegistryOrder() {
        // On m: cot passes t1–t6 (60%), zero t1–t5 (50%, t6 fails on JSON); t7–t10 fail their label in both.
        ResultSet results = new ResultSet()
                .passes("triage-cot", "m", cases(1, 6)).fails("triage-cot", "m", "label", cases(7, 10))
                .passes("zero", "m", cases(1, 5)).fails("zero", "m", "is-json", "t6")
                .fails("zero", "m", "label", cases(7, 10));

        List<Advice> advice = Advisor.standard().advise(results.inputs(Target.of("passRate", 0.9)));

        assertThat(advice).extracting(Advice::kind).containsExactly(Advice.Kind.TARGET_GAP, Advice.Kind.CEILING,
                Advice.Kind.FORMAT_FAILURES, Advice.Kind.REASONING_FAILURES, Advice.Kind.MISSING_KNOWLEDGE,
                Advice.Kind.FINE_TUNING);
        assertThat(advice.get(0).statement()).contains("30 points short");
    }

    @Test
    void aRegistryRunsOnlyTheRulesItIsGiven() {
        AdviceRule constant = context -> List.of(new Advice(Advice.Kind.TARGET_GAP, Advice.Severity.INFO,
                "columns: " + context.ranked().size(), List.of(), List.of()));

        List<Advice> advice = new Advisor(List.of(constant)).advise(new ResultSet().passes("p", "m", "t1")
                .passes("q", "m", "t1").inputs(null));

        assertThat(advice).singleElement().extracting(Advice::statement).isEqualTo("columns: 2");
    }
}
