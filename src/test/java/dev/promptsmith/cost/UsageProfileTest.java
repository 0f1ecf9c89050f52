package dev.promptsmith.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.metrics.ScoredCell;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageProfileTest {

    private static final ColumnRef MINI = new ColumnRef("p × mini", "p", "mini");
    private final PriceTable bundled = new PriceCatalog().bundled();

    static StoredCell cell(String test, String model, String errorKind, Usage usage, long latencyMs, BigDecimal cost,
                           boolean cacheHit) {
        return new StoredCell(new StoredCellKey(test, "hash-p", model, 0), "out", errorKind, null, latencyMs, null, usage,
                cost, cacheHit, errorKind == null, 1, List.of(), null);
    }

    private List<UsageProfile> measured() {
        List<StoredCell> cells = List.of(
                cell("t1", "mini", null, new Usage(1000, 200, 400, 0, 0, false), 500, new BigDecimal("0.00024"), false),
                // A cache hit: the run paid $0, but its recorded usage is what a real call uses.
                cell("t2", "mini", null, new Usage(1200, 100, 0, 0, 50, false), 700, BigDecimal.ZERO, true),
                cell("t3", "mini", "SERVER", Usage.NONE, 0, BigDecimal.ZERO, false),
                cell("t4", "mini", "TEMPLATE", null, 0, BigDecimal.ZERO, false));
        return UsageProfiles.fromStored(cells, c -> MINI);
    }

    @Test
    void meansAreOverCallsThatAnsweredWithCacheHitsIncluded() {
        UsageProfile profile = measured().get(0);

        // Two answered calls: input (1000 + 1200) / 2 = 1100, output (200 + 100) / 2 = 150,
        // cache reads 400 / 2 = 200, reasoning 50 / 2 = 25; the error and the template problem are skipped.
        assertThat(profile.calls()).isEqualTo(2);
        assertThat(profile.skipped()).isEqualTo(2);
        assertThat(profile.meanInput()).isEqualTo(1100);
        assertThat(profile.meanOutput()).isEqualTo(150);
        assertThat(profile.meanCacheRead()).isEqualTo(200);
        assertThat(profile.meanReasoning()).isEqualTo(25);
        assertThat(profile.meanLatencyMs()).isEqualTo(600);
        assertThat(profile.estimated()).isFalse();
    }

    @Test
    void costIsAtListPricesNotTheRecordedCost() {
        UsageProfile profile = measured().get(0);
        ModelPrice mini = bundled.find("openai", "gpt-4o-mini").orElseThrow();

        // gpt-4o-mini 0.15 in, 0.60 out, 0.075 cached. Totals: uncached 2200 − 400 = 1800 × 0.15 = 270,
        // cached 400 × 0.075 = 30, output 300 × 0.60 = 180 → 480 per million for 2 calls = $0.00048,
        // so $0.00024 per call (the recorded $0.00024 + $0 would say $0.00012) and $0.24 per 1,000 calls.
        assertThat(profile.costPerCall(mini)).isEqualByComparingTo("0.00024");
        assertThat(profile.costPer1000(mini)).isEqualByComparingTo("0.24");
        assertThat(profile.costOf(mini, 1_000_000)).isEqualByComparingTo("240");
    }

    @Test
    void anUnknownPriceOrNothingMeasuredIsUnknownNotZero() {
        UsageProfile profile = measured().get(0);
        UsageProfile empty = new UsageProfile(MINI, 0, 3, 0, 0, 0, 0, 0, 0, false);

        assertThat(profile.costPerCall(null)).isNull();
        assertThat(empty.costPerCall(bundled.find("openai", "gpt-4o-mini").orElseThrow())).isNull();
    }

    @Test
    void aModelPricedByTheHourIsPricedByItsMeanCallTime() {
        // $1.80 an hour × 1,200 ms over 2 calls = 1.80 × 1200 / 3,600,000 = $0.0006, so $0.0003 per call.
        assertThat(measured().get(0).costPerCall(ModelPrice.hourly(new BigDecimal("1.80"), "gpu")))
                .isEqualByComparingTo("0.0003");
    }

    @Test
    void theLongPromptTierFollowsTheMeanPromptSize() {
        // gemini-2.5-pro: 1.25 in, 2.50 above 200k. Prompts 250,000 and 170,000: mean 210,000 > 200k,
        // so all 420,000 tokens at 2.50 = $1.05 for 2 calls = $0.525 a call.
        UsageProfile profile = new UsageProfile(MINI, 2, 0, 420_000, 0, 0, 0, 0, 0, false);
        assertThat(profile.costPerCall(bundled.find("gemini", "gemini-2.5-pro").orElseThrow()))
                .isEqualByComparingTo("0.525");
    }

    @Test
    void droppingPromptTokensPerCallLowersTheCostButNeverBelowTheCachedPart() {
        UsageProfile profile = measured().get(0);
        ModelPrice mini = bundled.find("openai", "gpt-4o-mini").orElseThrow();

        // 500 fewer per call: input 2200 − 2 × 500 = 1200. Uncached 800 × 0.15 = 120 + 30 + 180 = 330 per
        // million for 2 calls = $0.000165 a call.
        assertThat(profile.lessInputPerCall(500).costPerCall(mini)).isEqualByComparingTo("0.000165");
        assertThat(profile.lessInputPerCall(5000).inputTokens()).isEqualTo(400);
    }

    @Test
    void scoredCellsGiveProfilesWithoutCacheOrReasoning() {
        List<ScoredCell> cells = List.of(
                new ScoredCell("t1", "mini", 0, true, 1, false, 400, 900, 100, null, null, null, null, null, null, null),
                new ScoredCell("t2", "mini", 0, false, 0, true, 0, 0, 0, null, null, null, null, null, null, null),
                new ScoredCell("t3", "mini", 0, true, 1, false, 600, 1100, 300, null, null, null, null, null, null, null));

        UsageProfile profile = UsageProfiles.fromScored(cells, id -> MINI).get(0);

        // (900 + 1100) / 2 = 1000 in, (100 + 300) / 2 = 200 out; the error cell is skipped.
        assertThat(profile.calls()).isEqualTo(2);
        assertThat(profile.skipped()).isEqualTo(1);
        assertThat(profile.meanInput()).isEqualTo(1000);
        assertThat(profile.meanOutput()).isEqualTo(200);
        assertThat(profile.meanCacheRead()).isZero();
    }
}
