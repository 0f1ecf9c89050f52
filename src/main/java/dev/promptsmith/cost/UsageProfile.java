package dev.promptsmith.cost;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What one column's calls used, measured from a run: token totals over its measured calls, so the
 * means per call are exact. Cached answers count with the usage they recorded when first made: they
 * show what a real call uses, even though the run itself paid $0 for them. Costs are therefore at
 * LIST prices, never the run's recorded cost.
 *
 * @param calls           calls measured: cells that returned an answer and reported (or were
 *                        counted with) some usage
 * @param skipped         cells left out: errors, template problems, answers without any usage
 * @param inputTokens     all prompt tokens, cache reads and writes included (the {@code Usage} convention)
 * @param outputTokens    all output tokens, reasoning included
 * @param reasoningTokens the part of the output spent on hidden reasoning
 * @param latencyMs       summed call time, for models priced by the hour
 * @param estimated       whether some usage was counted locally rather than reported by the provider
 */
public record UsageProfile(ColumnRef column, int calls, int skipped, long inputTokens, long outputTokens,
        long cacheReadTokens, long cacheWriteTokens, long reasoningTokens, long latencyMs, boolean estimated) {

    private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000);

    public UsageProfile {
        if (calls < 0 || skipped < 0 || inputTokens < 0 || outputTokens < 0 || cacheReadTokens < 0
                || cacheWriteTokens < 0 || reasoningTokens < 0 || latencyMs < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
    }

    public double meanInput() {
        return mean(inputTokens);
    }

    public double meanOutput() {
        return mean(outputTokens);
    }

    public double meanCacheRead() {
        return mean(cacheReadTokens);
    }

    public double meanCacheWrite() {
        return mean(cacheWriteTokens);
    }

    public double meanReasoning() {
        return mean(reasoningTokens);
    }

    public double meanLatencyMs() {
        return mean(latencyMs);
    }

    /** The mean cost of one call at {@code price}; null when the price is unknown or nothing was measured. */
    public BigDecimal costPerCall(ModelPrice price) {
        return costOf(price, 1);
    }

    /** What 1,000 such calls cost at {@code price}, or null. */
    public BigDecimal costPer1000(ModelPrice price) {
        return costOf(price, 1000);
    }

    /**
     * What {@code n} calls like the measured ones cost at {@code price}, or null when unknown. Token
     * prices are linear, so n × (totals ÷ calls) is exact; only a long-prompt tier is chosen from the
     * MEAN prompt size, which misprices a column whose prompts straddle the tier's threshold.
     */
    public BigDecimal costOf(ModelPrice price, long n) {
        if (price == null || !price.known() || calls == 0) {
            return null;
        }
        BigDecimal total;
        if (price.hourly()) {
            total = price.perHour().multiply(BigDecimal.valueOf(latencyMs)).divide(MS_PER_HOUR, MathContext.DECIMAL64);
        } else {
            CallCost.Rates rates = CallCost.Rates.of(price, (int) Math.min(Integer.MAX_VALUE, Math.round(meanInput())));
            long uncached = Math.max(0, inputTokens - cacheReadTokens - cacheWriteTokens);
            total = CallCost.tokens(uncached, rates.input())
                    .add(CallCost.tokens(cacheReadTokens, rates.cacheRead()))
                    .add(CallCost.tokens(cacheWriteTokens, rates.cacheWrite()))
                    .add(CallCost.tokens(outputTokens, rates.output()));
        }
        return total.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(calls), MathContext.DECIMAL64)
                .stripTrailingZeros();
    }

    /**
     * The same calls with {@code tokens} fewer prompt tokens each (what a fine-tuned model saves by
     * dropping the few-shot examples it has learnt), never below the cached part.
     */
    public UsageProfile lessInputPerCall(long tokens) {
        long floor = cacheReadTokens + cacheWriteTokens;
        long reduced = Math.max(floor, inputTokens - Math.max(0, tokens) * calls);
        return new UsageProfile(column, calls, skipped, reduced, outputTokens, cacheReadTokens, cacheWriteTokens,
                reasoningTokens, latencyMs, estimated);
    }

    private double mean(long total) {
        return calls == 0 ? 0 : (double) total / calls;
    }
}
