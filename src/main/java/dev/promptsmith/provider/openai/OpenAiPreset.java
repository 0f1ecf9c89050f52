package dev.promptsmith.provider.openai;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One OpenAI-compatible server the user can pick: where it usually lives, which environment variable
 * holds its key, whether it needs one, and the endpoint options it differs by.
 *
 * @param defaultBaseUrl null when there is no usual address (Azure: each resource has its own)
 * @param keyEnvVar null for local servers that take no key
 * @param options endpoint options every endpoint of this preset starts with ({@link OpenAiEndpointOptions})
 */
public record OpenAiPreset(String id, String displayName, String defaultBaseUrl, String keyEnvVar,
                           boolean keyRequired, Map<String, String> options) {

    public OpenAiPreset {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /**
     * What a call cannot do without, as a CONFIG error: a base URL when the preset has no default,
     * a key when the server needs one. Empty when {@link #endpoint} may be built.
     *
     * @param baseUrl the user's base URL, or null/blank for the default
     */
    public Optional<ProviderError> missingSetting(String baseUrl, Secret key) {
        if (resolveBaseUrl(baseUrl) == null) {
            return Optional.of(configError(displayName + " has no default address; set its base URL"));
        }
        if (keyRequired && (key == null || key.isBlank())) {
            return Optional.of(configError(displayName + " needs an API key (set " + keyEnvVar + ")"));
        }
        return Optional.empty();
    }

    /**
     * The endpoint for a call: the user's base URL or the default, and this preset's options with
     * {@code overrides} on top.
     *
     * @throws IllegalStateException when there is no base URL; check {@link #missingSetting} first
     */
    public Endpoint endpoint(String baseUrl, Secret key, Map<String, String> headers, Map<String, String> overrides) {
        String url = resolveBaseUrl(baseUrl);
        if (url == null) {
            throw new IllegalStateException(displayName + " has no default base URL; one must be given");
        }
        Map<String, String> merged = new HashMap<>(options);
        if (overrides != null) {
            merged.putAll(overrides);
        }
        return new Endpoint(url, key, headers, merged);
    }

    private String resolveBaseUrl(String baseUrl) {
        return baseUrl != null && !baseUrl.isBlank() ? baseUrl.strip() : defaultBaseUrl;
    }

    private static ProviderError configError(String message) {
        return new ProviderError(ProviderError.Kind.CONFIG, 0, message, false);
    }
}
