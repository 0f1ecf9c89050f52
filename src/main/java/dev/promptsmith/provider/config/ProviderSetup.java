package dev.promptsmith.provider.config;

import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.echo.EchoProvider;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;

/**
 * Everything needed to call the configured providers, built the same way for the app and the
 * command line: the user's provider entries and keys, one HTTP client, and a registry with echo
 * plus every entry.
 */
public record ProviderSetup(ProviderRegistry registry, ProviderFactory factory, KeyStore keys,
                            ProviderEntriesStore entries) {

    private static final Logger LOG = Logger.getLogger(ProviderSetup.class.getName());

    /**
     * Reads {@code providers.json} and {@code keys.json} from {@code configDirectory}; a broken
     * keys file is logged (by name only) and the environment still serves.
     *
     * @throws IOException when the provider entries cannot be read
     */
    public static ProviderSetup load(Path configDirectory, Function<String, String> environment, TokenCounter tokens)
            throws IOException {
        return load(configDirectory, environment, tokens, new ProviderRegistry().register(new EchoProvider(tokens)));
    }

    /** As {@link #load(Path, Function, TokenCounter)}, registering into a registry the caller already has. */
    public static ProviderSetup load(Path configDirectory, Function<String, String> environment, TokenCounter tokens,
                                     ProviderRegistry registry) throws IOException {
        KeyStore keys = new KeyStore(configDirectory, environment);
        try {
            keys.load();
        } catch (IOException e) {
            LOG.warning(e.getMessage()); // names the file, never a key
        }
        ProviderEntriesStore entries = new ProviderEntriesStore(configDirectory, BuiltInProviders.entries());
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        HttpTransport transport = new HttpTransport(http, RetryPolicy.DEFAULT, Sleeper.REAL);
        ProviderFactory factory = new ProviderFactory(WireFormats.all(), transport, tokens, Timeouts.DEFAULT);
        factory.registerAll(registry, entries.load(), keys);
        return new ProviderSetup(registry, factory, keys, entries);
    }
}
