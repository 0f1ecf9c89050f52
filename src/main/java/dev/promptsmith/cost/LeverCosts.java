package dev.promptsmith.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the fixed parts of a prompt cost per call on one model, and what prompt caching would save.
 * Amounts are null when unknown (no price, a model priced by the hour, a provider whose caching
 * rule is not known), never $0.
 *
 * @param promptTokens   the whole rendered request
 * @param systemTokens   the system message's share (framing included); when the system prompt renders
 *                       the examples itself, they are part of this figure too
 * @param fewShotTokens  rendered with the examples minus rendered without them
 * @param exact          whether the counts come from the model's own tokenizer, not an estimate
 * @param prefixMessages how many leading messages no test variable reaches: the stable, cacheable prefix
 * @param prefixTokens   the tokens of that prefix
 * @param hitRate        the share of calls assumed to find the prefix in the cache
 * @param cacheSavingPerCall what caching saves per call; 0 below the provider's minimum, negative when
 *                       billed writes on misses cost more than the hits save
 * @param cacheNote      why the saving is what it is, in words for the user
 * @param problems       render problems; when present every figure is 0 or null
 */
public record LeverCosts(String columnLabel, int promptTokens, int systemTokens, int fewShotTokens, boolean exact,
        BigDecimal systemPerCall, BigDecimal fewShotPerCall, int prefixMessages, int prefixTokens, double hitRate,
        BigDecimal cacheSavingPerCall, String cacheNote, List<String> problems) {

    public LeverCosts {
        problems = List.copyOf(problems);
    }

    public BigDecimal systemPer1000() {
        return times1000(systemPerCall);
    }

    public BigDecimal fewShotPer1000() {
        return times1000(fewShotPerCall);
    }

    public BigDecimal cacheSavingPer1000() {
        return times1000(cacheSavingPerCall);
    }

    private static BigDecimal times1000(BigDecimal perCall) {
        return perCall == null ? null : perCall.movePointRight(3).stripTrailingZeros();
    }
}
