package dev.promptsmith.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps provider keys from project files to implementations; built once in the composition root. */
public final class ProviderRegistry {

    private final Map<String, Provider> providers = new LinkedHashMap<>();

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
