package dev.promptsmith.provider.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderFactoryTest {

    @TempDir
    Path config;

    private final ProviderFactory factory = new ProviderFactory(WireFormats.all(),
            new HttpTransport(new OkHttpClient(), new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(1),
                    Duration.ofMillis(2), 0), (d, c) -> true), new TokenCounter(), Timeouts.DEFAULT);
    private final ChatRequest request = new ChatRequest("gpt-4o-mini", List.of(ChatMessage.user("hi")), ModelParams.NONE);

    @Test
    void anEntrysOwnAttemptLimitIsHonoured() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"message\":\"busy\"}}").build());
            server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"message\":\"busy\"}}").build());
            server.start(InetAddress.getLoopbackAddress(), 0);
            ProviderRegistry registry = new ProviderRegistry();
            factory.registerAll(registry, List.of(new ProviderEntry("vllm", "openai", server.url("/v1").toString(),
                    List.of(), Map.of(), 1, null, null, 1, null)), keys());

            ChatResponse response = registry.find("vllm").orElseThrow().complete(request, d -> { }, new CancelSignal());

            assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.SERVER);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void theProjectsTimeoutLimitsTheWholeCall() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(200).headersDelay(5, java.util.concurrent.TimeUnit.SECONDS)
                    .body("{}").build());
            server.start(InetAddress.getLoopbackAddress(), 0);
            ProviderRegistry registry = new ProviderRegistry();
            factory.registerAll(registry, List.of(new ProviderEntry("vllm", "openai", server.url("/v1").toString(),
                    List.of(), Map.of(), 1, null, null, 1, null)), keys());
            ChatRequest quick = new ChatRequest("m", List.of(ChatMessage.user("hi")), ModelParams.NONE, null,
                    Duration.ofMillis(300));

            long start = System.nanoTime();
            ChatResponse response = registry.find("vllm").orElseThrow().complete(quick, d -> { }, new CancelSignal());

            assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void entriesMissingAKeyOrAUrlSayWhatToSetWithoutACall() {
        ProviderRegistry registry = new ProviderRegistry();
        factory.registerAll(registry, BuiltInProviders.entries(), keys());

        ChatResponse anthropic = registry.find("anthropic").orElseThrow().complete(request, d -> { }, new CancelSignal());
        ChatResponse azure = registry.find("azure").orElseThrow().complete(request, d -> { }, new CancelSignal());

        assertThat(anthropic.error().kind()).isEqualTo(ProviderError.Kind.CONFIG);
        assertThat(anthropic.error().message()).contains("ANTHROPIC_API_KEY").contains("Settings");
        assertThat(azure.error().message()).contains("no base URL");
    }

    @Test
    void anEntryOfAnUnknownKindIsNotRegistered() {
        ProviderRegistry registry = new ProviderRegistry();
        factory.registerAll(registry, List.of(new ProviderEntry("x", "cohere", "https://x", List.of(), Map.of(), 1, null, null)), keys());
        assertThat(registry.find("x")).isEmpty();
    }

    @Test
    void everyBuiltInEntryHasAKnownKind() {
        assertThat(BuiltInProviders.entries()).allMatch(e -> factory.supports(e.kind()));
        assertThat(BuiltInProviders.entries()).extracting(ProviderEntry::id)
                .contains("openai", "anthropic", "gemini", "ollama", "openrouter", "groq", "together", "mistral",
                        "deepseek", "azure", "lmstudio", "llamacpp", "vllm", "ollama-openai")
                .doesNotHaveDuplicates();
    }

    private KeyStore keys() {
        return new KeyStore(config, name -> null);
    }
}
