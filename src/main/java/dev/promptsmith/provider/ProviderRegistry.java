package dev.promptsmith.provider;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps provider keys from project files to implementations. Built in the composition root; entries
 * are replaced when the user changes provider settings, so it is safe for concurrent use.
 */
public final class ProviderRegistry {

    private final Map<String, Provider> providers = new java.util.concurrent.ConcurrentHashMap<>();

    public ProviderRegistry register(Provider provider) {
        providers.put(provider.id(), provider);
        return this;
    }

    public Optional<Provider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    public Set<String> ids() {
        return Set.copyOf(providers.keySet());
    }
}
