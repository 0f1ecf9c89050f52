package dev.promptsmith.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token counts here come from the offline estimate (these model names have no tiktoken encoding), so
 * they can be worked out by hand: a text costs max(0.25 per ASCII character, 4/3 per word), rounded
 * up; a chat message adds 4 framing tokens and a request 3 priming tokens.
 */
class PromptLeversTest {

    private static final ModelRef CLAUDE = new ModelRef("claude", "anthropic", "claude-test", null);
    private static final ModelRef OPENAI = new ModelRef("oa", "openai", "custom-model", null);
    private static final ModelRef GEMINI = new ModelRef("gem", "gemini", "gemini-test", null);
    // Anthropic-style price: 3.00 in, 15.00 out, 0.30 cache read, 3.75 cache write.
    private static final ModelPrice ANTHROPIC_PRICE = new ModelPrice(new BigDecimal("3.00"), new BigDecimal("15.00"),
            new BigDecimal("0.30"), new BigDecimal("3.75"), null, null, null, null, null, null, null, "test", null);
    private static final ModelPrice OPENAI_PRICE = new ModelPrice(new BigDecimal("2.00"), new BigDecimal("8.00"),
            new BigDecimal("0.50"), null, null, null, null, null, null, null, null, "test", null);
    private static final List<Example> EXAMPLES = List.of(
            new Example("e1", Map.of("ticket", "hello"), "billing", null, null),
            new Example("e2", Map.of("ticket", "hello"), "billing", null, null));
    private static final TestCase SAMPLE = new TestCase("t1", Map.of("ticket", "abc"), null, null, null, null, null);

    private final PromptLevers levers = new PromptLevers(new PromptRenderer(), new TokenCounter(), CachePolicy.standard());

    /** {@code words} words of 15 letters: 16 × words − 1 characters, so exactly 4 × words tokens. */
    private static String words(int words) {
        return String.join(" ", java.util.Collections.nCopies(words, "abcdefghijklmno"));
    }

    private static PromptVariant prompt(String system) {
        return new PromptVariant("p", null, TemplateSyntax.JINJA, system,
                List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}")),
                new FewShot(FewShotMode.TURNS, null, List.of()), null, null);
    }

    @Test
    void theSystemPromptAndTheExamplesArePricedPerCall() {
        LeverCosts costs = levers.measure(prompt(words(300)), EXAMPLES, SAMPLE, CLAUDE, ANTHROPIC_PRICE, 0.9);

        // System: 300 × 4 = 1,200 + 4 framing = 1,204. Each example: "Ticket: hello" (13 chars → 4) + 4 and
        // "billing" (7 chars → 2) + 4 = 14, so 28 for two. User turn "Ticket: abc" (11 chars → 3) + 4 = 7.
        // Whole request: 3 + 1,204 + 28 + 7 = 1,242.
        assertThat(costs.promptTokens()).isEqualTo(1242);
        assertThat(costs.systemTokens()).isEqualTo(1204);
        assertThat(costs.fewShotTokens()).isEqualTo(28);
        assertThat(costs.exact()).isFalse();
        // At $3.00 per million: 1,204 × 3 = 3,612 per million = $0.003612 a call, $3.612 per 1,000 calls;
        // 28 × 3 = 84 per million = $0.000084 a call.
        assertThat(costs.systemPerCall()).isEqualByComparingTo("0.003612");
        assertThat(costs.systemPer1000()).isEqualByComparingTo("3.612");
        assertThat(costs.fewShotPerCall()).isEqualByComparingTo("0.000084");
    }

    @Test
    void anthropicCachingSavesOnTheStablePrefixWithBilledWritesOnMisses() {
        LeverCosts costs = levers.measure(prompt(words(300)), EXAMPLES, SAMPLE, CLAUDE, ANTHROPIC_PRICE, 0.9);

        // Stable prefix: the system message and the four example turns (the user turn reads {{ ticket }}):
        // 1,204 + 28 = 1,232 tokens, above the 1,024 minimum.
        assertThat(costs.prefixMessages()).isEqualTo(5);
        assertThat(costs.prefixTokens()).isEqualTo(1232);
        // Per million prefix tokens: 3.00 − 0.9 × 0.30 − 0.1 × 3.75 = 3.00 − 0.27 − 0.375 = 2.355;
        // × 1,232 = 2,901.36 per million = $0.00290136 a call.
        assertThat(costs.cacheSavingPerCall()).isEqualByComparingTo("0.00290136");
        assertThat(costs.cacheSavingPer1000()).isEqualByComparingTo("2.90136");
    }

    @Test
    void openAiCachingBillsMissesAsPlainInput() {
        LeverCosts costs = levers.measure(prompt(words(300)), EXAMPLES, SAMPLE, OPENAI, OPENAI_PRICE, 0.9);

        // 0.9 × 1,232 × (2.00 − 0.50) = 1,663.2 per million = $0.0016632 a call.
        assertThat(costs.cacheSavingPerCall()).isEqualByComparingTo("0.0016632");
    }

    @Test
    void aPrefixBelowTheProvidersMinimumSavesNothingAndSaysSo() {
        LeverCosts costs = levers.measure(prompt(words(100)), EXAMPLES, SAMPLE, CLAUDE, ANTHROPIC_PRICE, 0.9);

        // 100 × 4 + 4 = 404, + 28 = 432 stable tokens < 1,024.
        assertThat(costs.prefixTokens()).isEqualTo(432);
        assertThat(costs.cacheSavingPerCall()).isEqualByComparingTo("0");
        assertThat(costs.cacheNote()).contains("432 tokens, below the 1,024 tokens anthropic caches at least");
    }

    @Test
    void aSystemPromptThatReadsATestVariableLeavesNoStablePrefix() {
        LeverCosts costs = levers.measure(prompt(words(300) + " {{ ticket }}"), EXAMPLES, SAMPLE, CLAUDE,
                ANTHROPIC_PRICE, 0.9);

        assertThat(costs.prefixMessages()).isZero();
        assertThat(costs.cacheSavingPerCall()).isEqualByComparingTo("0");
        assertThat(costs.cacheNote()).contains("no stable prefix");
    }

    @Test
    void atALowHitRateBilledWritesCostMoreThanCachingSaves() {
        LeverCosts costs = levers.measure(prompt(words(300)), EXAMPLES, SAMPLE, CLAUDE, ANTHROPIC_PRICE, 0);

        // 3.00 − 0 − 1 × 3.75 = −0.75 per million × 1,232 = −924 per million = −$0.000924 a call.
        assertThat(costs.cacheSavingPerCall()).isEqualByComparingTo("-0.000924");
        assertThat(costs.cacheNote()).contains("cost more than the hits save");
    }

    @Test
    void unknownPricesAndUnknownCachingRulesAreUnknownNotZero() {
        LeverCosts unpriced = levers.measure(prompt(words(300)), EXAMPLES, SAMPLE, CLAUDE, null, 0.9);
        LeverCosts gemini = levers.measure(prompt(words(300)), EXAMPLES, SAMPLE, GEMINI, OPENAI_PRICE, 0.9);

        assertThat(unpriced.systemPerCall()).isNull();
        assertThat(unpriced.cacheSavingPerCall()).isNull();
        assertThat(unpriced.systemTokens()).isEqualTo(1204);
        assertThat(gemini.systemPerCall()).isEqualByComparingTo("0.002408");
        assertThat(gemini.cacheSavingPerCall()).isNull();
        assertThat(gemini.cacheNote()).contains("No known prompt-caching rule for provider gemini");
    }

    @Test
    void aPromptThatDoesNotRenderReportsItsProblems() {
        TestCase noVars = new TestCase("t9", Map.of(), null, null, null, null, null);

        LeverCosts costs = levers.measure(prompt(words(10)), EXAMPLES, noVars, CLAUDE, ANTHROPIC_PRICE, 0.9);

        assertThat(costs.problems()).isNotEmpty();
        assertThat(costs.cacheNote()).contains("test t9");
        assertThat(costs.systemPerCall()).isNull();
    }
}
