package dev.promptsmith.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallCostTest {

    private final PriceTable bundled = new PriceCatalog().bundled();

    private ModelPrice price(String provider, String model) {
        return bundled.find(provider, model).orElseThrow();
    }

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void openAiCachedTokensArePartOfInputAndChargedAtTheCachedRate() {
        // gpt-4o-mini: 0.15 in, 0.60 out, 0.075 cached. 10,000 prompt tokens of which 4,000 cached, 500 out:
        // 6,000 × 0.15 + 4,000 × 0.075 + 500 × 0.60 = 900 + 300 + 300 = 1,500 per million = $0.0015.
        Usage usage = new Usage(10_000, 500, 4_000, 0, 0, false);
        assertThat(CallCost.of(price("openai", "gpt-4o-mini"), usage, null)).contains(usd("0.0015"));
    }

    @Test
    void anthropicCacheWritesAndReadsHaveTheirOwnPrices() {
        // claude-haiku-4-5: 1.00 in, 5.00 out, 0.10 cache read, 1.25 cache write (5 min).
        // Input 3,000 = 1,000 plain + 1,500 read + 500 written; output 200:
        // 1,000 × 1 + 1,500 × 0.10 + 500 × 1.25 + 200 × 5 = 1,000 + 150 + 625 + 1,000 = 2,775 per million.
        Usage usage = new Usage(3_000, 200, 1_500, 500, 0, false);
        assertThat(CallCost.of(price("anthropic", "claude-haiku-4-5"), usage, null)).contains(usd("0.002775"));
    }

    @Test
    void reasoningTokensAreChargedAsOutput() {
        // gemini-2.5-flash: 0.30 in, 2.50 out. Output 1,200 of which 1,000 reasoning: all 1,200 at 2.50.
        Usage usage = new Usage(1_000, 1_200, 0, 0, 1_000, false);
        // 1,000 × 0.30 + 1,200 × 2.50 = 300 + 3,000 = 3,300 per million.
        assertThat(CallCost.of(price("gemini", "gemini-2.5-flash"), usage, null)).contains(usd("0.0033"));
    }

    @Test
    void aPromptAboveTheTierPaysTheTierPricesForTheWholeCall() {
        // gemini-2.5-pro: 1.25 / 10.00, above 200k: 2.50 / 15.00.
        Usage below = new Usage(200_000, 1_000, 0, 0, 0, false);
        Usage above = new Usage(200_001, 1_000, 0, 0, 0, false);
        // 200,000 × 1.25 + 1,000 × 10 = 250,000 + 10,000 = 260,000 per million = $0.26
        assertThat(CallCost.of(price("gemini", "gemini-2.5-pro"), below, null)).contains(usd("0.26"));
        // 200,001 × 2.50 + 1,000 × 15 = 500,002.5 + 15,000 = 515,002.5 per million
        assertThat(CallCost.of(price("gemini", "gemini-2.5-pro"), above, null)).contains(usd("0.5150025"));
    }

    @Test
    void batchPricesComeFromTheTableAndAreUnknownWhereItHasNone() {
        Usage usage = new Usage(1_000_000, 1_000_000, 0, 0, 0, false);
        // gpt-4o-mini batch: 0.075 / 0.30
        assertThat(CallCost.batch(price("openai", "gpt-4o-mini"), usage)).contains(usd("0.375"));
        assertThat(CallCost.batch(price("anthropic", "claude-haiku-4-5"), usage)).isEmpty();
    }

    @Test
    void aModelWithoutCachePricesChargesCachedTokensAsInput() {
        ModelPrice plain = ModelPrice.perToken(usd("2"), usd("4"), "test");
        Usage usage = new Usage(1_000, 0, 600, 0, 0, false);
        assertThat(CallCost.of(plain, usage, null)).contains(usd("0.002"));
    }

    @Test
    void anUnknownPriceIsUnknownNeverZero() {
        assertThat(CallCost.of(null, new Usage(10, 10, 0, 0, 0, false), null)).isEmpty();
        assertThat(CallCost.of(new ModelPrice(usd("1"), null, null, null, null, null, null, null, null, null, null,
                "half-known", null), new Usage(10, 10, 0, 0, 0, false), null)).isEmpty();
    }

    @Test
    void aLocalModelAtAnHourlyRateCostsItsCallTime() {
        // $0.90 per hour for 4 seconds = 0.90 × 4 / 3600 = $0.001
        ModelPrice hourly = ModelPrice.hourly(usd("0.90"), "my GPU box");
        assertThat(CallCost.of(hourly, Usage.NONE, Duration.ofSeconds(4))).contains(usd("0.001"));
        assertThat(CallCost.of(hourly, Usage.NONE, null)).isEmpty();
    }
}
