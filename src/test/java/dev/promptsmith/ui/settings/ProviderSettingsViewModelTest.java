package dev.promptsmith.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.config.BuiltInProviders;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntriesStore;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.http.HttpProvider;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Providers without a window: inline executors, a loopback server for "Test connection". */
class ProviderSettingsViewModelTest {

    private static final String NEW_KEY = "sk-ant-typed-in-the-dialog-123";

    @TempDir
    Path config;

    private final MockWebServer server = new MockWebServer();
    private final ProviderRegistry registry = new ProviderRegistry();
    private ProviderSettingsViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        KeyStore keys = new KeyStore(config, Map.of("OPENAI_API_KEY", "sk-env")::get);
        ProviderFactory factory = new ProviderFactory(WireFormats.all(),
                new HttpTransport(new OkHttpClient(), RetryPolicy.DEFAULT, Sleeper.REAL), new TokenCounter(), Timeouts.DEFAULT);
        viewModel = new ProviderSettingsViewModel(new ProviderEntriesStore(config, BuiltInProviders.entries()), keys,
                factory, registry, new BackgroundTasks(Runnable::run, Runnable::run));
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void rowsShowWhereEachKeyComesFromButNeverTheKey() {
        assertThat(row("openai").keySourceProperty().get()).isEqualTo("$OPENAI_API_KEY");
        assertThat(row("anthropic").keySourceProperty().get()).isEqualTo("not set");
        assertThat(row("ollama").keySourceProperty().get()).isEqualTo("not needed");
        assertThat(viewModel.rows()).extracting(ProviderRow::id).contains("gemini", "groq", "lmstudio", "azure");
    }

    @Test
    void testConnectionListsTheModels() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\"},{\"id\":\"gpt-4o-mini\",\"object\":\"model\"}]}").build());
        ProviderRow openai = row("openai");
        openai.baseUrlProperty().set(server.url("/v1").toString());

        viewModel.test(openai);

        assertThat(openai.testResultProperty().get()).isEqualTo("Connected: 2 models (gpt-4o, gpt-4o-mini)");
        assertThat(openai.testingProperty().get()).isFalse();
    }

    @Test
    void testConnectionShowsTheProvidersError() {
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"error\":{\"message\":\"Incorrect API key provided.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}").build());
        ProviderRow openai = row("openai");
        openai.baseUrlProperty().set(server.url("/v1").toString());

        viewModel.test(openai);

        assertThat(openai.testResultProperty().get()).startsWith("Failed: AUTH (HTTP 401)").contains("Incorrect API key provided.");
    }

    @Test
    void testWithoutAKeySaysWhatToSetWithoutCallingAnything() {
        viewModel.test(row("anthropic"));
        assertThat(row("anthropic").testResultProperty().get()).contains("ANTHROPIC_API_KEY");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void saveWritesKeysOnlyToTheKeysFileAndRegistersTheProvider() throws Exception {
        ProviderRow anthropic = row("anthropic");
        anthropic.newKeyProperty().set(NEW_KEY);
        row("ollama").baseUrlProperty().set("http://gpu-box:11434");

        viewModel.save(() -> { });

        assertThat(Files.readString(config.resolve("keys.json"))).contains(NEW_KEY);
        assertThat(Files.readString(config.resolve("providers.json"))).doesNotContain(NEW_KEY).contains("http://gpu-box:11434");
        assertThat(anthropic.newKeyProperty().get()).isEmpty();
        assertThat(anthropic.keySourceProperty().get()).isEqualTo("keys file");
        assertThat(registry.find("anthropic")).get().isInstanceOf(HttpProvider.class);
        assertThat(((HttpProvider) registry.find("ollama").orElseThrow()).endpoint().baseUrl()).isEqualTo("http://gpu-box:11434");
    }

    private ProviderRow row(String id) {
        return viewModel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
