package dev.promptsmith.cost.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.Target;
import dev.promptsmith.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatFailureRuleTest {

    private static final Target TARGET = Target.of("passRate", 0.9);
    private final FormatFailureRule rule = new FormatFailureRule();

    @Test
    void jsonAndExtractionFailuresCallForStructuredOutput() {
        // Failing cases: t1 (no answer extracted, label wrong too), t2 (not JSON, nothing else), t3 (label only).
        List<Advice> advice = new ResultSet()
                .passes("p", "m", "t4")
                .fails("p", "m", List.of("extract", "label"), "t1")
                .fails("p", "m", "is-json", "t2")
                .fails("p", "m", "label", "t3")
                .advise(rule, TARGET);

        // 2 of 3 failing cases = 66.7% ≥ 25%: a suggestion; t2 alone has no content check failing.
        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Advice.Kind.FORMAT_FAILURES);
            assertThat(a.severity()).isEqualTo(Advice.Severity.SUGGESTION);
            assertThat(a.statement()).contains("66.7% of the failures (2 of 3 failing cases")
                    .contains("1 of them with every content check passing").contains("structured");
            assertThat(a.caseIds()).containsExactly("t1", "t2");
            // The example reasons are the format checks' own, not t1's label reason.
            assertThat(a.evidence()).containsExactly("p × m: 2 cases fail a format check",
                    "Checks failed: extract × 1, is-json × 1", "e.g. extract failed on t1", "e.g. is-json failed on t2");
        });
    }

    @Test
    void aRegexIsAFormatGuardOnlyWhenAnchoredOrAppliedToEveryTest() {
        ResultSet results = new ResultSet()
                .test("t1", new Assertion("regex", "refund|return", null, null))
                .test("t2", new Assertion("regex", "(?i)^(billing|refund)$", null, null))
                .fails("p", "m", "regex", "t1", "t2");

        assertThat(results.advise(rule, TARGET)).singleElement()
                .satisfies(a -> assertThat(a.caseIds()).containsExactly("t2"));
        assertThat(new ResultSet().test("t1", new Assertion("regex", "refund|return", null, null))
                .fails("p", "m", "regex", "t1").advise(rule, TARGET)).isEmpty();
        assertThat(new ResultSet().defaultAssert(new Assertion("regex", "refund|return", null, null))
                .fails("p", "m", "regex", "t1").advise(rule, TARGET)).singleElement()
                .satisfies(a -> assertThat(a.caseIds()).containsExactly("t1"));
    }

    @Test
    void aFewFormatFailuresAmongManyContentFailuresAreOnlyNoted() {
        // 1 of 5 failing cases = 20% < 25%.
        List<Advice> advice = new ResultSet().fails("p", "m", "json-schema", "t1")
                .fails("p", "m", "equals", "t2", "t3", "t4", "t5").advise(rule, TARGET);

        assertThat(advice).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo(Advice.Severity.INFO));
    }

    @Test
    void contentFailuresAndErrorsAreNotFormatFailures() {
        assertThat(new ResultSet().fails("p", "m", "label", "t1").errors("p", "m", "t2").advise(rule, TARGET)).isEmpty();
    }
}
