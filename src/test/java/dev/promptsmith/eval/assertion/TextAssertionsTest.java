package dev.promptsmith.eval.assertion;

import static dev.promptsmith.eval.assertion.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAssertionsTest {

    @Test
    void equalsComparesTrimmedText() {
        assertThat(run("equals", "billing", "  billing\n"))
                .isEqualTo(new AssertionResult("equals", true, 1, "Output equals 'billing'"));
        AssertionResult fail = run("equals", "billing", "Billing.");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.score()).isZero();
        assertThat(fail.reason()).isEqualTo("Output 'Billing.' does not equal 'billing'");
    }

    @Test
    void equalsFallsBackToTheTestsExpectedValue() {
        var context = AssertionContext.of(Checks.testCase("refund"));
        assertThat(run(new Assertion("equals", null, null, null), "refund", context).pass()).isTrue();
        assertThat(run(new Assertion("equals", null, null, null), "other", context).pass()).isFalse();
    }

    @Test
    void equalsWithoutValueOrExpectedIsAnError() {
        AssertionResult result = run("equals", null, "x");
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("equals needs a value, or an expected output on the test");
    }

    @Test
    void equalsComparesObjectsAsJsonWithNumbersByValue() {
        var expected = java.util.Map.of("total", 1200, "currency", "EUR");
        assertThat(run("equals", expected, "{\"currency\":\"EUR\",\"total\":1200.0}").pass()).isTrue();
        AssertionResult fail = run("equals", expected, "{\"currency\":\"EUR\",\"total\":1150,\"extra\":1}");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).startsWith("Output JSON differs from the expected value: ")
                .contains("$.total: expected 1200, got 1150").contains("$.extra: not expected, got 1");
        assertThat(run("equals", expected, "total: 1200").reason())
                .startsWith("Output is not JSON (").endsWith("), so it cannot equal the expected value");
    }

    @Test
    void containsIsCaseSensitiveAndIcontainsIsNot() {
        assertThat(run("contains", "refund", "I want a refund.").reason()).isEqualTo("Output contains 'refund'");
        AssertionResult fail = run("contains", "refund", "I want a Refund.");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Output does not contain 'refund'");
        AssertionResult ipass = run("icontains", "I DON'T KNOW", "i don't know");
        assertThat(ipass.pass()).isTrue();
        assertThat(ipass.reason()).isEqualTo("Output contains 'I DON'T KNOW' (ignoring case)");
        assertThat(run("icontains", "429", "HTTP 500").reason()).isEqualTo("Output does not contain '429' (ignoring case)");
    }

    @Test
    void containsAcceptsNumbersAndRejectsAMissingValue() {
        assertThat(run("contains", 429, "HTTP 429").pass()).isTrue();
        AssertionResult error = run("contains", null, "x");
        assertThat(error.error()).isTrue();
        assertThat(error.reason()).isEqualTo("contains needs a text value");
    }

    @Test
    void containsAnyNeedsOneOfTheValues() {
        assertThat(run("contains-any", List.of("refund", "money back"), "I want my money back").reason())
                .isEqualTo("Output contains 'money back'");
        AssertionResult fail = run("contains-any", List.of("refund", "money back"), "Where is my parcel?");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Output contains none of 'refund', 'money back'");
        assertThat(run("icontains-any", List.of("REFUND"), "refund please").pass()).isTrue();
        assertThat(run("contains-any", List.of("REFUND"), "refund please").pass()).isFalse();
    }

    @Test
    void containsAllScoresTheShareFoundAndNamesWhatIsMissing() {
        AssertionResult pass = run("contains-all", List.of("$160", "March"), "It is $160, due in March.");
        assertThat(pass.reason()).isEqualTo("Output contains all of '$160', 'March'");
        AssertionResult fail = run("contains-all", List.of("alpha", "beta", "gamma", "delta"), "alpha beta");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.score()).isEqualTo(0.5);
        assertThat(fail.reason()).isEqualTo("Output is missing 'gamma', 'delta' (found 2 of 4)");
        assertThat(run("icontains-all", List.of("A", "B"), "a b").pass()).isTrue();
    }

    @Test
    void containsAllThresholdIsTheShareNeeded() {
        assertThat(run("contains-all", List.of("alpha", "beta", "gamma", "delta"), 0.5, "alpha beta").pass()).isTrue();
        assertThat(run("contains-all", List.of("alpha", "beta", "gamma", "delta"), 0.75, "alpha beta").pass()).isFalse();
    }

    @Test
    void startsWithIgnoresLeadingWhitespace() {
        assertThat(run("starts-with", "Yes", "\n Yes, you can.").reason()).isEqualTo("Output starts with 'Yes'");
        AssertionResult fail = run("starts-with", "Yes", "No, you cannot park there.");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Output starts with 'No, you canno', not 'Yes'");
    }

    @Test
    void regexSearchesAnywhereInTheOutput() {
        String pattern = "(?i)^\\s*refund\\s*$|<label>\\s*refund\\s*</label>";
        assertThat(run("regex", pattern, "<reasoning>Wants money back.</reasoning>\n<label>refund</label>").pass())
                .isTrue();
        assertThat(run("regex", pattern, "Refund\n").pass()).isTrue();
        assertThat(run("regex", "\\d{3}", "status 429 returned").reason()).isEqualTo("Output matches /\\d{3}/");
        AssertionResult fail = run("regex", pattern, "The label is refund");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Output does not match /" + pattern + "/");
    }

    @Test
    void badRegexFailsWithAReasonInsteadOfThrowing() {
        AssertionResult result = run("regex", "(unclosed", "anything");
        assertThat(result.pass()).isFalse();
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).startsWith("Invalid regex /(unclosed/: Unclosed group");
    }

    @Test
    void longValuesAreShortenedInReasons() {
        String longText = "x".repeat(200);
        assertThat(run("contains", longText, "y").reason()).hasSizeLessThan(100).contains("…");
    }
}
