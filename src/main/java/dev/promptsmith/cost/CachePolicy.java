package dev.promptsmith.cost;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a provider caches prompt prefixes: the smallest prefix it caches, and whether writing the
 * cache is billed (Anthropic bills a write above the input price on every miss; OpenAI caches
 * automatically and bills misses as plain input).
 *
 * @param minTokens the smallest cacheable prefix; a shorter one is never cached and saves nothing
 * @param billedWrites whether a miss is billed at the model's cache-write price
 */
public record CachePolicy(String provider, int minTokens, boolean billedWrites, String source) {

    /** The providers whose caching rule is known; others are unknown, not "no saving". */
    public static Map<String, CachePolicy> standard() {
        return byProvider(List.of(
                new CachePolicy("openai", 1024, false,
                        "OpenAI prompt caching: automatic for prompts of 1,024 tokens or more; cached tokens at the cached-input price"),
                new CachePolicy("anthropic", 1024, true,
                        "Anthropic prompt caching: cache_control breakpoints; 1,024 tokens minimum (some smaller models need more); "
                                + "writes at the cache-write price, reads at the cache-read price")));
    }

    public static Map<String, CachePolicy> byProvider(List<CachePolicy> policies) {
        return policies.stream().collect(Collectors.toUnmodifiableMap(CachePolicy::provider, Function.identity()));
    }

    public static Optional<CachePolicy> find(Map<String, CachePolicy> policies, String provider) {
        return Optional.ofNullable(provider == null ? null : policies.get(provider));
    }
}
