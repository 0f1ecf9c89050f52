package dev.promptsmith.cost.advice;

import static dev.promptsmith.cost.advice.ResultSet.cases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingKnowledgeRuleTest {

    private static final Target TARGET = Target.of("passRate", 0.9);
    private final MissingKnowledgeRule rule = new MissingKnowledgeRule();

    /** Two variants × two models on t1–t10; t10 fails its label in all four columns, t9 in three. */
    private static ResultSet results() {
        ResultSet set = new ResultSet();
        for (String prompt : List.of("zero", "few")) {
            for (String model : List.of("m1", "m2")) {
                set.passes(prompt, model, cases(1, 8)).fails(prompt, model, "label", "t10");
                if (prompt.equals("few") && model.equals("m2")) {
                    set.passes(prompt, model, "t9");
                } else {
                    set.fails(prompt, model, "label", "t9");
                }
            }
        }
        return set;
    }

    @Test
    void casesFailingOnContentInEveryColumnPointAtMissingKnowledge() {
        List<Advice> advice = results().advise(rule, TARGET);

        // 1 of 10 cases = 10% ≥ 10%: a warning.
        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.MISSING_KNOWLEDGE);
            assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
            assertThat(a.caseIds()).containsExactly("t10");
            assertThat(a.statement()).contains("1 case fails on content in every column (2 prompt variants × 2 models)")
                    .contains("fine-tuning candidates");
            assertThat(a.evidence()).containsExactly("t10 (zero × m1): label failed on t10");
        });
    }

    @Test
    void aCaseThatIsNeverWellFormedIsAFormatProblemFirst() {
        ResultSet results = new ResultSet().fails("zero", "m1", List.of("label", "is-json"), "t1")
                .fails("few", "m1", List.of("label", "is-json"), "t1");

        assertThat(results.advise(rule, TARGET)).isEmpty();
        assertThat(results.fails("zero", "m2", "label", "t1").advise(rule, TARGET)).singleElement()
                .satisfies(a -> assertThat(a.caseIds()).containsExactly("t1"));
    }

    @Test
    void formatFailuresErrorsAndASingleColumnDoNotCount() {
        ResultSet format = new ResultSet().fails("zero", "m", "is-json", "t1").fails("few", "m", "is-json", "t1");
        ResultSet errors = new ResultSet().errors("zero", "m", "t1").errors("few", "m", "t1");
        ResultSet single = new ResultSet().fails("zero", "m", "label", "t1");

        assertThat(format.advise(rule, TARGET)).isEmpty();
        assertThat(errors.advise(rule, TARGET)).isEmpty();
        assertThat(single.advise(rule, TARGET)).isEmpty();
    }

    @Test
    void withOneVariantItAsksForAnotherBeforeConcluding() {
        List<Advice> advice = new ResultSet().fails("zero", "m1", "equals", "t1").fails("zero", "m2", "equals", "t1")
                .passes("zero", "m1", cases(2, 20)).passes("zero", "m2", cases(2, 20)).advise(rule, TARGET);

        // 1 of 20 = 5% < 10%: a suggestion.
        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Advice.Severity.SUGGESTION);
            assertThat(a.statement()).contains("Only one prompt variant was tried")
                    .doesNotContain("Only one model");
        });
    }
}
