package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelAssertionTest {

    private static final AssertionContext BILLING = AssertionContext.of(Checks.testCase("billing"));
    private static final Assertion FROM_EXPECTED = new Assertion("label", null, null, null);

    @Test
    void normalizesCaseWhitespaceAndPunctuation() {
        AssertionResult result = Checks.run(FROM_EXPECTED, "  **Billing.**\n", BILLING);
        assertThat(result.pass()).isTrue();
        assertThat(result.reason()).isEqualTo("Label 'billing' matches 'billing'");
        assertThat(LabelAssertion.normalize("Technical-Support ")).isEqualTo("technical support");
    }

    @Test
    void readsTheLastLabelTagOfAChainOfThoughtReply() {
        String output = "<reasoning>Could be <label>refund</label>, but they ask about a charge.</reasoning>\n"
                + "<label> Billing </label>";
        assertThat(Checks.run(FROM_EXPECTED, output, BILLING).pass()).isTrue();
    }

    @Test
    void aDifferentLabelFailsWithBothNamed() {
        AssertionResult result = Checks.run(FROM_EXPECTED, "Refund", BILLING);
        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).isEqualTo("Label 'refund' does not match 'billing'");
    }

    @Test
    void theValueMayListSeveralAcceptedLabels() {
        Assertion either = new Assertion("label", List.of("billing", "refund"), null, null);
        assertThat(Checks.run(either, "refund", Checks.context()).reason()).isEqualTo("Label 'refund' matches 'refund'");
        assertThat(Checks.run(either, "other", Checks.context()).reason())
                .isEqualTo("Label 'other' does not match any of 'billing', 'refund'");
    }

    @Test
    void withoutValueOrExpectedItIsAnError() {
        AssertionResult result = Checks.run(FROM_EXPECTED, "billing", Checks.context());
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("label needs a label as its value, or a text expected output on the test");
    }
}
