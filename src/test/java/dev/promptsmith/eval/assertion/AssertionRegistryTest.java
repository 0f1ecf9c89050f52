package dev.promptsmith.eval.assertion;

import static dev.promptsmith.eval.assertion.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.Assertion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssertionRegistryTest {

    @Test
    void standardRegistryKnowsEveryBuiltInType() {
        assertThat(Checks.REGISTRY.types()).containsExactlyInAnyOrder(
                "equals", "contains", "icontains", "contains-any", "icontains-any", "contains-all", "icontains-all",
                "starts-with", "regex", "is-json", "contains-json", "json-schema", "json-path", "length",
                "word-count", "levenshtein", "similar", "label", "llm-rubric", "latency", "cost", "human");
        assertThat(Checks.REGISTRY.supports("not-icontains")).isTrue();
        assertThat(Checks.REGISTRY.supports("bleu")).isFalse();
    }

    @Test
    void unknownTypeFailsWithAReason() {
        AssertionResult result = run("bleu", "x", "x");
        assertThat(result.pass()).isFalse();
        assertThat(result.error()).isTrue();
        assertThat(result.type()).isEqualTo("bleu");
        assertThat(result.reason()).isEqualTo("unknown assertion type 'bleu'");
        assertThat(run("not-bleu", "x", "x").reason()).isEqualTo("unknown assertion type 'not-bleu'");
        assertThat(run(null, "x", "x").reason()).isEqualTo("assertion has no type");
    }

    @Test
    void typeNamesIgnoreCaseAndSurroundingSpace() {
        assertThat(run(" Contains ", "a", "abc").pass()).isTrue();
    }

    @Test
    void notPrefixInvertsPassAndScoreForEveryType() {
        AssertionResult pass = run("not-icontains", "the context", "The fee is $15.");
        assertThat(pass).isEqualTo(new AssertionResult("not-icontains", true, 1, "Output does not contain 'the context' (ignoring case)"));
        AssertionResult fail = run("not-icontains", "the context", "The context does not say.");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.score()).isZero();
        assertThat(fail.reason()).isEqualTo("Output contains 'the context' (ignoring case) (not-icontains expects the opposite)");
        assertThat(run("not-is-json", null, "plain text").pass()).isTrue();
        assertThat(run("not-regex", "\\d", "no digits").pass()).isTrue();
        assertThat(run("not-equals", "a", "b").pass()).isTrue();
        assertThat(run("not-contains-json", null, "{\"a\":1}").reason()).endsWith("(not-contains-json expects the opposite)");
    }

    @Test
    void notPrefixInvertsGradedScores() {
        AssertionResult result = run("not-contains-all", List.of("alpha", "beta", "gamma", "delta"), "alpha");
        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isEqualTo(0.75);
    }

    @Test
    void notPrefixNeverTurnsAnErrorIntoAPass() {
        AssertionResult badRegex = run("not-regex", "(unclosed", "anything");
        assertThat(badRegex.pass()).isFalse();
        assertThat(badRegex.error()).isTrue();
        assertThat(badRegex.type()).isEqualTo("not-regex");
        assertThat(badRegex.reason()).startsWith("Invalid regex /(unclosed/");
        assertThat(run("not-json-schema", "schemas/missing.json", "{}").pass()).isFalse();
    }

    @Test
    void aCheckThatThrowsBecomesAnErrorResult() {
        AssertionCheck broken = new AssertionCheck() {
            @Override
            public String type() {
                return "broken";
            }

            @Override
            public AssertionResult check(String output, Assertion spec, AssertionContext context) {
                throw new IllegalStateException("boom");
            }
        };
        AssertionResult result = Checks.REGISTRY.with(broken).evaluate("x", new Assertion("broken", null, null, null), Checks.context());
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("broken could not run: java.lang.IllegalStateException: boom");
    }

    @Test
    void withAddsOrReplacesACheck() {
        AssertionCheck alwaysPass = simple("contains");
        AssertionRegistry registry = Checks.REGISTRY.with(alwaysPass);
        assertThat(registry.evaluate("x", new Assertion("contains", "y", null, null), Checks.context()).reason())
                .isEqualTo("custom");
        assertThat(registry.types()).hasSameSizeAs(Checks.REGISTRY.types());
        assertThat(Checks.REGISTRY.with(simple("custom")).types()).contains("custom");
    }

    @Test
    void rejectsDuplicateAndNegatedTypeNames() {
        assertThatThrownBy(() -> new AssertionRegistry(List.of(simple("a"), simple("a"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssertionRegistry(List.of(simple("not-a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullOutputIsCheckedAsEmptyText() {
        assertThat(Checks.REGISTRY.evaluate(null, new Assertion("contains", "a", null, null), Checks.context()).reason())
                .isEqualTo("Output does not contain 'a'");
        assertThat(Checks.REGISTRY.evaluate(null, new Assertion("is-json", Map.of(), null, null), Checks.context()).pass())
                .isFalse();
    }

    private static AssertionCheck simple(String type) {
        return new AssertionCheck() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public AssertionResult check(String output, Assertion spec, AssertionContext context) {
                return AssertionResult.pass(type, "custom");
            }
        };
    }
}
