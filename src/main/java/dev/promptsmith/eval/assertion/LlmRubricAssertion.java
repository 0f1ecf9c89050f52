package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.util.Optional;

/**
 * {@code llm-rubric}: the project's judge model grades the output against the rubric in the value.
 * Without a threshold the judge's pass/fail stands; with one, its score must reach the threshold.
 * There is never a silent default judge: without one, the assertion fails and says how to set it.
 */
final class LlmRubricAssertion implements AssertionCheck {

    static final String TYPE = "llm-rubric";
    static final String NO_JUDGE = "llm-rubric needs a judge model: set `judge` in promptsmith.yaml";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AssertionResult check(String output, Assertion spec, AssertionContext context) {
        Optional<String> rubric = AssertionValues.text(spec.value()).filter(r -> !r.isBlank());
        if (rubric.isEmpty()) {
            return AssertionResult.error(TYPE, "llm-rubric needs the rubric text as its value");
        }
        if (context.judge() == null) {
            return AssertionResult.error(TYPE, NO_JUDGE);
        }
        JudgeVerdict verdict = context.judge().grade(rubric.get(), output, context.test());
        if (verdict.error()) {
            return AssertionResult.error(TYPE, verdict.reason());
        }
        boolean pass = spec.threshold() == null ? verdict.pass() : verdict.score() >= spec.threshold();
        String reason = verdict.reason().isBlank() ? "The judge gave no reason" : verdict.reason();
        return new AssertionResult(TYPE, pass, verdict.score(), reason);
    }
}
