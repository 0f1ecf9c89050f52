package dev.promptsmith.cost.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasoningFailureRuleTest {

    private static final Target TARGET = Target.of("passRate", 0.9);
    private final ReasoningFailureRule rule = new ReasoningFailureRule();

    @Test
    void casesChainOfThoughtPassesWhereTheDirectPromptFailsAreReasoningFailures() {
        // On m: triage-cot passes t1–t3 and fails t4; zero passes t1 and fails t2–t4: cot fixes t2 and t3, breaks none.
        List<Advice> advice = new ResultSet()
                .passes("triage-cot", "m", "t1", "t2", "t3").fails("triage-cot", "m", "label", "t4")
                .passes("zero", "m", "t1").fails("zero", "m", "label", "t2", "t3", "t4")
                .advise(rule, TARGET);

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.REASONING_FAILURES);
            assertThat(a.severity()).isEqualTo(Advice.Severity.SUGGESTION);
            assertThat(a.statement()).contains("Chain of thought (triage-cot) passes 2 cases the direct prompt (zero) fails")
                    .contains("keep the reasoning step");
            assertThat(a.caseIds()).containsExactly("t2", "t3");
            assertThat(a.evidence()).containsExactly("m: triage-cot passes 2 cases zero fails (t2, t3) and fails 0 it passes");
        });
    }

    @Test
    void aPromptThatExtractsItsAnswerCountsAsChainOfThoughtWhateverItsName() {
        List<Advice> advice = new ResultSet().extracting("stepwise")
                .passes("stepwise", "m", "t1").passes("zero", "m", "t2")
                .fails("zero", "m", "label", "t1").fails("stepwise", "m", "label", "t2", "t3").fails("zero", "m", "label", "t3")
                .advise(rule, TARGET);

        // stepwise fixes t1 but breaks t2: no net gain.
        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.INFO);
            assertThat(a.statement()).contains("Chain of thought (stepwise)").contains("no net gain");
        });
    }

    @Test
    void variantsOnDifferentModelsAreNotCompared() {
        assertThat(new ResultSet().passes("cot", "m1", "t1").fails("zero", "m2", "label", "t1").advise(rule, TARGET))
                .isEmpty();
    }
}
