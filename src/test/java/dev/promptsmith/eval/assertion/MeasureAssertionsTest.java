package dev.promptsmith.eval.assertion;

import static dev.promptsmith.eval.assertion.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasureAssertionsTest {

    @Test
    void lengthCountsTrimmedCharacters() {
        assertThat(run("length", Map.of("min", 2, "max", 5), "  abcd \n").reason())
                .isEqualTo("Output length is 4 characters, within 2–5");
        AssertionResult tooLong = run("length", Map.of("max", 5), "abcdefg");
        assertThat(tooLong.pass()).isFalse();
        assertThat(tooLong.reason()).isEqualTo("Output length is 7 characters, above the maximum of 5");
        assertThat(run("length", Map.of("min", 3), "ab").reason())
                .isEqualTo("Output length is 2 characters, below the minimum of 3");
        assertThat(run("length", Map.of("max", 2), "😀😀").pass()).isTrue();
        assertThat(run("length", "lots", "x").reason()).isEqualTo("length needs a value like {min: 10, max: 200}");
    }

    @Test
    void wordCountAcceptsBoundsOrAnExactNumber() {
        assertThat(run("word-count", Map.of("min", 2, "max", 4), "one two  three\n").reason())
                .isEqualTo("Output has 3 words, within 2–4");
        assertThat(run("word-count", 3, "one two three").reason()).isEqualTo("Output has 3 words, within the required 3");
        AssertionResult fail = run("word-count", 3, "one two");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Output has 2 words, below the minimum of 3");
        assertThat(run("word-count", Map.of("max", 0), "   ").pass()).isTrue();
        assertThat(run("word-count", null, "x").error()).isTrue();
    }

    @Test
    void levenshteinAllowsUpToFiveEditsByDefault() {
        AssertionResult pass = run("levenshtein", "kitten", "sitting");
        assertThat(pass.pass()).isTrue();
        assertThat(pass.reason()).isEqualTo("Edit distance 3 to 'kitten' is within the maximum of 5");
        assertThat(pass.score()).isEqualTo(1 - 3 / 7.0);
        AssertionResult fail = run("levenshtein", "kitten", 2.0, "sitting");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Edit distance 3 to 'kitten' exceeds the maximum of 2");
    }

    @Test
    void levenshteinUsesTheExpectedOutputWhenItHasNoValue() {
        AssertionContext context = AssertionContext.of(Checks.testCase("$15 per session."));
        assertThat(Checks.run(new Assertion("levenshtein", null, null, null), "$15 per session", context).pass()).isTrue();
        assertThat(run("levenshtein", null, "x").reason())
                .isEqualTo("levenshtein needs a text value, or a text expected output on the test");
    }

    @Test
    void levenshteinDistanceIsTheClassicOne() {
        assertThat(LevenshteinAssertion.distance("", "abc")).isEqualTo(3);
        assertThat(LevenshteinAssertion.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(LevenshteinAssertion.distance("same", "same")).isZero();
    }

    @Test
    void latencyComparesMillisecondsWithTheThreshold() {
        AssertionContext context = Checks.context().withCall(Duration.ofMillis(850), null, null);
        Assertion max1000 = new Assertion("latency", null, null, 1000.0);
        assertThat(Checks.run(max1000, "", context).reason()).isEqualTo("Latency 850 ms is within the limit of 1000 ms");
        AssertionResult slow = Checks.run(new Assertion("latency", null, null, 500.0), "", context);
        assertThat(slow.pass()).isFalse();
        assertThat(slow.reason()).isEqualTo("Latency 850 ms exceeds the limit of 500 ms");
        assertThat(Checks.run(new Assertion("latency", 900, null, null), "", context).pass()).isTrue();
    }

    @Test
    void latencyWithoutLimitOrMeasurementIsAnError() {
        assertThat(Checks.run(new Assertion("latency", null, null, null), "", Checks.context()).reason())
                .isEqualTo("latency needs a threshold: the maximum in milliseconds");
        AssertionResult unknown = Checks.run(new Assertion("latency", null, null, 100.0), "", Checks.context());
        assertThat(unknown.error()).isTrue();
        assertThat(unknown.reason()).isEqualTo("Latency unknown, so the limit of 100 ms cannot be checked");
    }

    @Test
    void costComparesDollarsWithTheThreshold() {
        AssertionContext context = Checks.context().withCall(null, null, new BigDecimal("0.001200"));
        assertThat(Checks.run(new Assertion("cost", null, null, 0.01), "", context).reason())
                .isEqualTo("Cost $0.0012 is within the limit of $0.01");
        AssertionResult fail = Checks.run(new Assertion("cost", null, null, 0.001), "", context);
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Cost $0.0012 exceeds the limit of $0.001");
    }

    @Test
    void unknownCostFailsAndIsNeverTreatedAsZero() {
        AssertionResult result = Checks.run(new Assertion("cost", null, null, 0.01), "", Checks.context());
        assertThat(result.pass()).isFalse();
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).startsWith("Cost unknown");
        assertThat(Checks.run(new Assertion("not-cost", null, null, 0.01), "", Checks.context()).pass()).isFalse();
        assertThat(Checks.run(new Assertion("cost", null, null, null), "", Checks.context()).reason())
                .isEqualTo("cost needs a threshold: the maximum in US dollars");
    }
}
