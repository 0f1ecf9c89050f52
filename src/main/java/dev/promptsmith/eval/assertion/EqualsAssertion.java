package dev.promptsmith.eval.assertion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.model.Assertion;

/**
 * {@code equals}: the output equals the value (or the test's {@code expected} when the value is
 * missing). Text is compared after trimming surrounding whitespace, since models often add a final
 * newline; an object, list, number or boolean is compared as JSON, numbers by value.
 */
final class EqualsAssertion implements AssertionCheck {

    static final String TYPE = "equals";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Object wanted = spec.value() != null ? spec.value() : context.test().expected();
        if (wanted == null) {
            return AssertionResult.error(TYPE, "equals needs a value, or an expected output on the test");
        }
        return wanted instanceof String text ? compareText(output, text) : compareJson(output, wanted);
    }

    private static AssertionResult compareText(String output, String wanted) {
        if (output.trim().equals(wanted.trim())) {
            return AssertionResult.pass(TYPE, "Output equals " + Texts.quote(wanted.trim()));
        }
        return AssertionResult.fail(TYPE, "Output " + Texts.quote(output.trim()) + " does not equal "
                + Texts.quote(wanted.trim()));
    }

    private static AssertionResult compareJson(String output, Object wanted) {
        JsonText.Parsed parsed = JsonText.parseWhole(output.trim());
        if (!parsed.ok()) {
            return AssertionResult.fail(TYPE, "Output is not JSON (" + parsed.problem()
                    + "), so it cannot equal the expected value");
        }
        JsonNode expected = JsonText.toNode(wanted);
        JsonMatch.Outcome outcome = JsonMatch.exact(expected, parsed.node());
        return outcome.matches()
                ? AssertionResult.pass(TYPE, "Output JSON equals the expected value")
                : AssertionResult.fail(TYPE, "Output JSON differs from the expected value: " + outcome.summary(3));
    }
}
