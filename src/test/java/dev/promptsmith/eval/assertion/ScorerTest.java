package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Assertion HAS_REFUND = new Assertion("contains", "refund", null, null);
    private static final Assertion HAS_ORDER = new Assertion("contains", "order", null, null);
    private static final Scorer PLAIN = new Scorer(Checks.REGISTRY, List.of(), null);

    private static AssertionContext context(Object expected, Assertion... asserts) {
        return AssertionContext.of(Checks.testCase(expected, asserts));
    }

    @Test
    void allAssertionsMustPassWithoutAThreshold() {
        TestScore score = PLAIN.score("refund please", context(null, HAS_REFUND, HAS_ORDER));
        assertThat(score.pass()).isFalse();
        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.results()).extracting(AssertionResult::pass).containsExactly(true, false);
        assertThat(score.failures()).extracting(AssertionResult::reason).containsExactly("Output does not contain 'order'");
    }

    @Test
    void weightsShapeTheMeanScore() {
        Assertion heavy = new Assertion("contains", "refund", 3.0, null);
        TestScore score = PLAIN.score("refund please", context(null, heavy, HAS_ORDER));
        assertThat(score.score()).isEqualTo(0.75);
    }

    @Test
    void aTestThresholdPassesOnTheWeightedMean() {
        Assertion heavy = new Assertion("contains", "refund", 3.0, null);
        assertThat(PLAIN.score("refund please", context(null, heavy, HAS_ORDER), 0.7).pass()).isTrue();
        assertThat(PLAIN.score("refund please", context(null, heavy, HAS_ORDER), 0.8).pass()).isFalse();
    }

    @Test
    void weightZeroIsInformationalEvenWhenItCannotRun() {
        Assertion shownOnly = new Assertion("cost", null, 0.0, 0.01);
        TestScore score = PLAIN.score("refund", context(null, HAS_REFUND, shownOnly));
        assertThat(score.pass()).isTrue();
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.results()).hasSize(2);
        assertThat(score.results().get(1).reason()).startsWith("Cost unknown");
    }

    @Test
    void anErrorFailsTheTestEvenAboveTheThreshold() {
        Assertion noJudge = new Assertion("llm-rubric", "Polite.", 0.1, null);
        TestScore score = PLAIN.score("refund", context(null, HAS_REFUND, noJudge), 0.5);
        assertThat(score.score()).isGreaterThan(0.9);
        assertThat(score.pass()).isFalse();
    }

    @Test
    void negativeWeightIsReportedNotUsed() {
        TestScore score = PLAIN.score("refund", context(null, new Assertion("contains", "refund", -1.0, null)));
        assertThat(score.pass()).isFalse();
        assertThat(score.results().get(0).reason()).isEqualTo("weight must not be negative, got -1");
    }

    @Test
    void perAssertionThresholdsAreReadByTheirChecks() {
        Assertion halfOfThem = new Assertion("contains-all", List.of("alpha", "beta", "gamma", "delta"), null, 0.5);
        assertThat(PLAIN.score("alpha beta", context(null, halfOfThem)).pass()).isTrue();
    }

    @Test
    void projectDefaultAssertsRunAfterTheTestsOwn() {
        Assertion guard = new Assertion("not-icontains", "the context", null, null);
        Project project = Project.empty("p").withSettings(new ProjectSettings("p", "", List.of(), null,
                List.of(guard), null, null, null));
        TestScore score = Scorer.forProject(Checks.REGISTRY, project)
                .score("The context says refund", context(null, HAS_REFUND));
        assertThat(score.results()).extracting(AssertionResult::type).containsExactly("contains", "not-icontains");
        assertThat(score.pass()).isFalse();
    }

    @Test
    void aTestWithOnlyAnExpectedValueIsCheckedForEquality() {
        assertThat(PLAIN.score(" billing\n", context("billing")).pass()).isTrue();
        TestScore wrong = PLAIN.score("refund", context("billing"));
        assertThat(wrong.pass()).isFalse();
        assertThat(wrong.results()).extracting(AssertionResult::type).containsExactly("equals");
        assertThat(PLAIN.score("{\"total\": 12.0}", context(Map.of("total", 12))).pass()).isTrue();
    }

    @Test
    void theImplicitEqualsStillAppliesWithDefaultAsserts() {
        Scorer withGuard = new Scorer(Checks.REGISTRY, List.of(new Assertion("regex", "^\\w+$", null, null)), null);
        TestScore score = withGuard.score("refund", context("billing"));
        assertThat(score.results()).extracting(AssertionResult::type).containsExactly("equals", "regex");
        assertThat(score.pass()).isFalse();
    }

    @Test
    void aTestWithNothingToCheckPassesWithNoResults() {
        TestScore score = PLAIN.score("anything", context(null));
        assertThat(score.pass()).isTrue();
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.results()).isEmpty();
    }

    @Test
    void extractionScoresTheFinalAnswerOnly() {
        Scorer cot = new Scorer(Checks.REGISTRY, List.of(), Extraction.xmlTag("label"));
        TestCase test = Checks.testCase("refund");
        String output = "<reasoning>Not billing: they want the money back.</reasoning>\n<label>refund</label>";
        TestScore score = cot.score(output, AssertionContext.of(test));
        assertThat(score.pass()).isTrue();
        assertThat(score.results()).extracting(AssertionResult::reason).containsExactly("Output equals 'refund'");
    }

    @Test
    void aFailedExtractionFailsTheTestAndSaysWhy() {
        Scorer cot = new Scorer(Checks.REGISTRY, List.of(), Extraction.xmlTag("label"));
        TestScore score = cot.score("<reasoning>Cut off mid-thought", context(null, new Assertion("icontains", "cut off", null, null)));
        assertThat(score.pass()).isFalse();
        assertThat(score.results()).extracting(AssertionResult::type).containsExactly("extract", "icontains");
        assertThat(score.results().get(0).reason()).isEqualTo("No <label> tag in the output");
        assertThat(score.results().get(1).pass()).isTrue();
    }
}
