package dev.promptsmith.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one model costs, in US dollars per million tokens. A null price is unknown. A local model
 * may instead be priced by the hour of compute it keeps busy ({@code perHour}).
 *
 * @param cacheRead price of prompt tokens read from the provider's cache; null charges them as input
 * @param cacheWrite price of prompt tokens written to the cache (5-minute cache); null charges them as input
 * @param tier prices above a prompt size, or null
 * @param batchInput batch API prices, or null when the table does not know them
 * @param perHour US dollars per hour of call time, for local models; null when priced by token
 * @param contextTokens the context window, or null
 * @param maxOutputTokens the most output one call may produce, or null
 * @param retires the announced retirement date, or null
 * @param source where the figures come from, for the user to check
 * @param asOf the date of the source
 */
public record ModelPrice(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite,
                         PriceTier tier, BigDecimal batchInput, BigDecimal batchOutput, BigDecimal perHour,
                         Integer contextTokens, Integer maxOutputTokens, LocalDate retires, String source,
                         LocalDate asOf) {

    /** A plain per-token price with no caching, tier or batch facts. */
    public static ModelPrice perToken(BigDecimal input, BigDecimal output, String source) {
        return new ModelPrice(input, output, null, null, null, null, null, null, null, null, null, source, null);
    }

    /** A local model priced by the hour it runs. */
    public static ModelPrice hourly(BigDecimal perHour, String source) {
        return new ModelPrice(null, null, null, null, null, null, null, perHour, null, null, null, source, null);
    }

    /** Whether a call's cost can be computed at all. */
    public boolean known() {
        return perHour != null || (input != null && output != null);
    }

    /** Whether calls are charged by time rather than by token. */
    public boolean hourly() {
        return perHour != null;
    }
}
