package dev.promptsmith.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/**
 * What provider prompt caching saves per call on a stable prefix of P tokens at hit rate h:
 * without caching the prefix costs P × input. With it, hits read P at the cache-read price and
 * misses pay P at the input price (OpenAI) or at the cache-write price (Anthropic, which bills the
 * write). So the saving is P × (input − h × read − (1 − h) × miss), where miss is the input or the
 * write price.
 */
final class CacheSavings {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, CachePolicy> policies;

    CacheSavings(Map<String, CachePolicy> policies) {
        this.policies = policies;
    }

    /** @param rates the prices in force for the whole prompt, or null when it has no token price */
    Saving of(String provider, ModelPrice price, CallCost.Rates rates, int prefixTokens, double hitRate) {
        CachePolicy policy = CachePolicy.find(policies, provider).orElse(null);
        if (policy == null) {
            return new Saving(null, "No known prompt-caching rule for provider " + provider + ": the saving is unknown.");
        }
        if (rates == null) {
            return new Saving(null, "The model has no per-token price, so the saving is unknown.");
        }
        if (price.cacheRead() == null) {
            return new Saving(null, "The price table has no cached-input price for this model: the saving is unknown.");
        }
        if (prefixTokens == 0) {
            return new Saving(BigDecimal.ZERO, "The first message already depends on test variables: there is no "
                    + "stable prefix to cache. Put fixed instructions and examples before the variable part.");
        }
        if (prefixTokens < policy.minTokens()) {
            return new Saving(BigDecimal.ZERO, String.format(Locale.ROOT, "The stable prefix is %,d tokens, below the "
                    + "%,d tokens %s caches at least: caching saves nothing.", prefixTokens, policy.minTokens(), provider));
        }
        BigDecimal h = BigDecimal.valueOf(hitRate);
        BigDecimal miss = policy.billedWrites() ? rates.cacheWrite() : rates.input();
        BigDecimal perMillion = rates.input().subtract(h.multiply(rates.cacheRead()))
                .subtract(BigDecimal.ONE.subtract(h).multiply(miss));
        BigDecimal saving = perMillion.multiply(BigDecimal.valueOf(prefixTokens)).divide(MILLION, MathContext.DECIMAL64)
                .stripTrailingZeros();
        String note = String.format(Locale.ROOT, "%,d stable tokens cached at a %.0f%% hit rate", prefixTokens, hitRate * 100)
                + (saving.signum() < 0 ? ": the billed cache writes on misses cost more than the hits save." : ".");
        return new Saving(saving, note);
    }

    /** A saving per call (null when unknown) and why, in words for the user. */
    record Saving(BigDecimal perCall, String note) {
    }
}
