package dev.promptsmith.provider.config;

import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpProvider;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.MinuteRateLimiter;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.provider.http.WireFormat;
import dev.promptsmith.tokens.TokenCounter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns provider entries and keys into providers. Wire formats come from a registry keyed by
 * {@link ProviderEntry#kind()}, so a new API is one more map entry.
 */
public final class ProviderFactory {

    private final Map<String, Supplier<WireFormat>> formats;
    private final HttpTransport transport;
    private final TokenCounter tokens;
    private final Timeouts timeouts;

    public ProviderFactory(Map<String, Supplier<WireFormat>> formats, HttpTransport transport, TokenCounter tokens,
                           Timeouts timeouts) {
        this.formats = Map.copyOf(formats);
        this.transport = transport;
        this.tokens = tokens;
        this.timeouts = timeouts;
    }

    public boolean supports(String kind) {
        return formats.containsKey(kind);
    }

    /** A provider for {@code entry}; empty when its kind is unknown. A missing key is left for the server to refuse, with a clear message. */
    public Optional<HttpProvider> create(ProviderEntry entry, Optional<Secret> key) {
        Supplier<WireFormat> format = formats.get(entry.kind());
        if (format == null) {
            return Optional.empty();
        }
        Endpoint endpoint = new Endpoint(entry.baseUrl() == null ? "" : entry.baseUrl(), key.orElse(null), Map.of(),
                entry.options());
        MinuteRateLimiter limiter = new MinuteRateLimiter(entry.requestsPerMinute(), entry.tokensPerMinute(),
                System::nanoTime, Sleeper.REAL);
        return Optional.of(new HttpProvider(entry.id(), format.get(), endpoint,
                transport.withPolicy(entry.retryPolicy(transport.policy())), tokens, timeouts, entry.maxConcurrent(), limiter));
    }

    /**
     * Registers a provider for every entry whose kind is known, replacing earlier ones of the same id.
     * An entry without its key or base URL gets a stand-in that explains what to set.
     */
    public void registerAll(ProviderRegistry registry, List<ProviderEntry> entries, KeyStore keys) {
        for (ProviderEntry entry : entries) {
            Optional<Secret> key = keys.key(entry);
            Optional<String> problem = problem(entry, key);
            if (problem.isPresent()) {
                registry.register(new MisconfiguredProvider(entry.id(), problem.get()));
            } else {
                create(entry, key).ifPresent(registry::register);
            }
        }
    }

    /** What keeps {@code entry} from working, in words that say how to fix it. */
    public static Optional<String> problem(ProviderEntry entry, Optional<Secret> key) {
        if (entry.baseUrl() == null || entry.baseUrl().isBlank()) {
            return Optional.of("Provider '" + entry.id() + "' has no base URL: set it in Settings → Providers");
        }
        if (entry.needsKey() && key.isEmpty()) {
            return Optional.of("No API key for provider '" + entry.id() + "': set " + String.join(" or ", entry.keyEnv())
                    + ", or add the key in Settings → Providers");
        }
        return Optional.empty();
    }
}
