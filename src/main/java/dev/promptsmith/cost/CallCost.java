package dev.promptsmith.cost;

import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Optional;

/**
 * The cost of one call from its reported usage, in the {@link Usage} convention: input tokens read
 * from or written to the prompt cache are charged at the cache prices and the rest at the input
 * price; reasoning tokens are part of the output and charged as output; above a tier's prompt size
 * the tier's prices apply to the whole call. Empty when the price is unknown.
 */
public final class CallCost {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private CallCost() {
    }

    /** At the standard (interactive) prices. */
    public static Optional<BigDecimal> of(ModelPrice price, Usage usage, Duration latency) {
        if (price == null || !price.known() || usage == null) {
            return Optional.empty();
        }
        if (price.hourly()) {
            return byTime(price, latency);
        }
        Rates rates = Rates.of(price, usage.inputTokens());
        return Optional.of(byTokens(rates, rates.input, rates.output, usage));
    }

    /** At the batch API's prices; empty when the table has none for this model. */
    public static Optional<BigDecimal> batch(ModelPrice price, Usage usage) {
        if (price == null || usage == null || price.batchInput() == null || price.batchOutput() == null) {
            return Optional.empty();
        }
        Rates rates = Rates.of(price, usage.inputTokens());
        return Optional.of(byTokens(rates, price.batchInput(), price.batchOutput(), usage));
    }

    /** {@code tokens} at {@code perMillion} dollars per million tokens. */
    public static BigDecimal tokens(long tokens, BigDecimal perMillion) {
        return perMillion.multiply(BigDecimal.valueOf(tokens)).movePointLeft(6).stripTrailingZeros();
    }

    private static BigDecimal byTokens(Rates rates, BigDecimal input, BigDecimal output, Usage usage) {
        int cacheRead = Math.max(0, usage.cacheReadTokens());
        int cacheWrite = Math.max(0, usage.cacheWriteTokens());
        int uncached = Math.max(0, usage.inputTokens() - cacheRead - cacheWrite);
        BigDecimal sum = tokens(uncached, input)
                .add(tokens(cacheRead, rates.cacheRead))
                .add(tokens(cacheWrite, rates.cacheWrite))
                .add(tokens(Math.max(0, usage.outputTokens()), output));
        return sum.stripTrailingZeros();
    }

    private static Optional<BigDecimal> byTime(ModelPrice price, Duration latency) {
        if (latency == null) {
            return Optional.empty();
        }
        BigDecimal seconds = BigDecimal.valueOf(latency.toNanos()).movePointLeft(9);
        return Optional.of(price.perHour().multiply(seconds).divide(SECONDS_PER_HOUR, MathContext.DECIMAL64)
                .stripTrailingZeros());
    }

    /** The per-million prices in force for a prompt of a given size; the usage profile prices a mean call with them. */
    record Rates(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {

        static Rates of(ModelPrice price, int promptTokens) {
            PriceTier tier = price.tier();
            boolean above = tier != null && promptTokens > tier.aboveTokens();
            BigDecimal input = above && tier.input() != null ? tier.input() : price.input();
            BigDecimal output = above && tier.output() != null ? tier.output() : price.output();
            BigDecimal cacheRead = above && tier.cacheRead() != null ? tier.cacheRead() : price.cacheRead();
            BigDecimal cacheWrite = above && tier.cacheWrite() != null ? tier.cacheWrite() : price.cacheWrite();
            // A model without cache prices gives no discount: cached tokens cost what input costs.
            return new Rates(input, output, cacheRead == null ? input : cacheRead,
                    cacheWrite == null ? input : cacheWrite);
        }
    }
}
