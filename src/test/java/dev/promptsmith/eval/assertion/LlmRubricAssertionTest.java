package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LlmRubricAssertionTest {

    private static final Assertion RUBRIC = new Assertion("llm-rubric", "Gives the overstay fee of $15 per session.", null, null);

    @Test
    void withoutAJudgeItFailsAndSaysHowToSetOne() {
        AssertionResult result = Checks.run(RUBRIC, "$15 per session.", Checks.context());
        assertThat(result.pass()).isFalse();
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("llm-rubric needs a judge model: set `judge` in promptsmith.yaml");
    }

    @Test
    void notLlmRubricWithoutAJudgeFailsToo() {
        Assertion negated = new Assertion("not-llm-rubric", "Mentions a price.", null, null);
        AssertionResult result = Checks.run(negated, "Lot C is for visitors.", Checks.context());
        assertThat(result.pass()).isFalse();
        assertThat(result.type()).isEqualTo("not-llm-rubric");
        assertThat(result.reason()).isEqualTo(LlmRubricAssertion.NO_JUDGE);
    }

    @Test
    void passesTheRubricOutputAndTestToTheJudgeAndKeepsItsVerdict() {
        AtomicReference<String> seen = new AtomicReference<>();
        Judge judge = (rubric, output, test) -> {
            seen.set(rubric + " | " + output + " | " + test.id());
            return JudgeVerdict.of(true, 0.9, "States the $15 fee and nothing else.");
        };
        AssertionResult result = Checks.run(RUBRIC, "$15 per session.", Checks.context().withJudge(judge));
        assertThat(seen.get()).isEqualTo("Gives the overstay fee of $15 per session. | $15 per session. | t-1");
        assertThat(result).isEqualTo(new AssertionResult("llm-rubric", true, 0.9, "States the $15 fee and nothing else."));
    }

    @Test
    void aThresholdOverridesTheJudgesPassWithItsScore() {
        Judge lenient = (rubric, output, test) -> JudgeVerdict.of(true, 0.6, "Mostly right.");
        Assertion strict = new Assertion("llm-rubric", "Exact fee.", null, 0.8);
        assertThat(Checks.run(strict, "about $15", Checks.context().withJudge(lenient)).pass()).isFalse();
        Judge harsh = (rubric, output, test) -> JudgeVerdict.of(false, 0.7, "Too long.");
        Assertion relaxed = new Assertion("llm-rubric", "Exact fee.", null, 0.5);
        assertThat(Checks.run(relaxed, "about $15", Checks.context().withJudge(harsh)).pass()).isTrue();
    }

    @Test
    void aFailedJudgeCallIsAnError() {
        Judge down = (rubric, output, test) -> JudgeVerdict.failed("Judge gpt-4o-mini failed: rate limited");
        AssertionResult result = Checks.run(RUBRIC, "$15", Checks.context().withJudge(down));
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("Judge gpt-4o-mini failed: rate limited");
    }

    @Test
    void aMissingRubricIsAnError() {
        Judge judge = (rubric, output, test) -> JudgeVerdict.of(true, 1, "ok");
        AssertionResult result = Checks.run(new Assertion("llm-rubric", " ", null, null), "x", Checks.context().withJudge(judge));
        assertThat(result.reason()).isEqualTo("llm-rubric needs the rubric text as its value");
    }
}
