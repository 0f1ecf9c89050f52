package dev.promptsmith.provider.config;

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
 */
public record ProviderEntry(String id, String kind, String baseUrl, List<String> keyEnv, Map<String, String> options,
                            int maxConcurrent, Integer requestsPerMinute, Integer tokensPerMinute) {

    public ProviderEntry {
        keyEnv = keyEnv == null ? List.of() : List.copyOf(keyEnv);
        options = options == null ? Map.of() : Map.copyOf(options);
        if (maxConcurrent < 1) {
            maxConcurrent = 4;
        }
    }

    public boolean needsKey() {
        return !keyEnv.isEmpty();
    }
}
