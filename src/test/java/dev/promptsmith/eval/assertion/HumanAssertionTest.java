package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.HumanReview;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HumanAssertionTest {

    private final TestCase test = new TestCase("t1", Map.of(), null, List.of(), null, null, null);
    private final Assertion human = new Assertion("human", null, null, null);

    private AssertionResult check(HumanReview review, Assertion spec) {
        return Checks.REGISTRY.evaluate("output", spec, AssertionContext.of(test).withReview(review));
    }

    @Test
    void thumbsUpPassesAndDownFailsWithTheCommentInTheReason() {
        AssertionResult up = check(new HumanReview(true, null, "crisp"), human);
        assertThat(up.pass()).isTrue();
        assertThat(up.score()).isEqualTo(1.0);
        assertThat(up.reason()).isEqualTo("Reviewer gave thumbs up: 'crisp'");
        AssertionResult down = check(new HumanReview(false, null, ""), human);
        assertThat(down.pass()).isFalse();
        assertThat(down.reason()).isEqualTo("Reviewer gave thumbs down");
    }

    @Test
    void aScoreAlonePassesAtTheThreshold() {
        assertThat(check(new HumanReview(null, 0.5, ""), human).pass()).isTrue();
        AssertionResult low = check(new HumanReview(null, 0.6, ""), new Assertion("human", null, null, 0.7));
        assertThat(low.pass()).isFalse();
        assertThat(low.score()).isEqualTo(0.6);
        assertThat(low.reason()).isEqualTo("Reviewer scored 0.6 (below 0.7)");
    }

    @Test
    void anUnreviewedOutputAwaitsReviewAndFails() {
        AssertionResult none = check(null, human);
        assertThat(none.error()).isTrue();
        assertThat(none.reason()).isEqualTo("Awaiting human review");
        assertThat(check(new HumanReview(null, null, "just a note"), human).error()).isTrue();
    }
}
