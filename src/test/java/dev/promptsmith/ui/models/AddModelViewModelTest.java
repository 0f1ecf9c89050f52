package dev.promptsmith.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.echo.EchoProvider;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model picker's "Add model…": discovery from the provider's own list, ids that stay unique. */
class AddModelViewModelTest {

    @TempDir
    Path config;

    private final MockWebServer server = new MockWebServer();
    private final ProviderRegistry registry = new ProviderRegistry().register(new EchoProvider(new TokenCounter()));
    private AddModelViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        new ProviderFactory(WireFormats.all(), new HttpTransport(new OkHttpClient(), RetryPolicy.DEFAULT, Sleeper.REAL),
                new TokenCounter(), Timeouts.DEFAULT).registerAll(registry,
                List.of(new ProviderEntry("ollama", "ollama", server.url("/").toString(), List.of(), Map.of(), 1, null, null)),
                new KeyStore(config, name -> null));
        viewModel = new AddModelViewModel(registry, new BackgroundTasks(Runnable::run, Runnable::run), Set.of("echo"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void choosingAProviderListsTheModelsItReallyHas() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"models\":[{\"name\":\"qwen2.5:7b\"},{\"name\":\"llama3.2:latest\"}]}").build());

        viewModel.providerProperty().set("ollama");

        assertThat(viewModel.models()).containsExactly("llama3.2:latest", "qwen2.5:7b");
        assertThat(viewModel.statusProperty().get()).isEqualTo("2 models available.");
    }

    @Test
    void aProviderThatCannotBeReachedStillLetsTheUserTypeAName() {
        server.close();
        viewModel.providerProperty().set("ollama");
        assertThat(viewModel.models()).isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("Could not list models").endsWith("type the name.");
    }

    @Test
    void theIdFollowsTheModelNameAndMustBeNew() {
        viewModel.providerProperty().set("echo");
        viewModel.modelProperty().set("echo");
        assertThat(viewModel.idProperty().get()).isEqualTo("echo");
        assertThat(viewModel.invalidProperty().get()).isTrue();

        viewModel.idProperty().set("echo-2");

        assertThat(viewModel.result()).contains(new ModelRef("echo-2", "echo", "echo", ModelParams.NONE));
    }
}
