package dev.promptsmith.provider.config;

import dev.promptsmith.provider.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One configured provider: the id project files use in {@code models[].provider}, the wire format
 * ({@code kind}: openai, anthropic, gemini, ollama), where it is, where its key comes from, and its
 * limits. Lives in the user's settings, never in a project.
 *
 * @param keyEnv environment variables tried in order for the key; empty for servers without keys
 * @param maxConcurrent calls in flight at once
 * @param requestsPerMinute null for no limit
 * @param tokensPerMinute null for no limit (counted from each request's estimated size)
 * @param maxAttempts attempts per call including the first, null for the default (3)
 * @param maxTotalWaitSeconds most time spent waiting between attempts of one call, null for the default (60)
 */
public record ProviderEntry(String id, String kind, String baseUrl, List<String> keyEnv, Map<String, String> options,
                            int maxConcurrent, Integer requestsPerMinute, Integer tokensPerMinute,
                            Integer maxAttempts, Integer maxTotalWaitSeconds) {

    public ProviderEntry {
        keyEnv = keyEnv == null ? List.of() : List.copyOf(keyEnv);
        options = options == null ? Map.of() : Map.copyOf(options);
        if (maxConcurrent < 1) {
            maxConcurrent = 4;
        }
    }

    /** An entry with the default retry policy. */
    public ProviderEntry(String id, String kind, String baseUrl, List<String> keyEnv, Map<String, String> options,
                         int maxConcurrent, Integer requestsPerMinute, Integer tokensPerMinute) {
        this(id, kind, baseUrl, keyEnv, options, maxConcurrent, requestsPerMinute, tokensPerMinute, null, null);
    }

    /** {@code defaults} with this entry's attempt and wait limits where it sets them. */
    public RetryPolicy retryPolicy(RetryPolicy defaults) {
        return new RetryPolicy(maxAttempts == null ? defaults.maxAttempts() : Math.max(1, maxAttempts),
                maxTotalWaitSeconds == null ? defaults.maxTotalWait() : Duration.ofSeconds(Math.max(0, maxTotalWaitSeconds)),
                defaults.baseDelay(), defaults.maxDelay(), defaults.jitter());
    }

    public boolean needsKey() {
        return !keyEnv.isEmpty();
    }
}
