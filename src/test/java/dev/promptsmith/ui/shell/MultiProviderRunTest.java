package dev.promptsmith.ui.shell;

import static dev.promptsmith.ui.shell.ShellFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.results.CellState;
import dev.promptsmith.ui.results.CellView;
import dev.promptsmith.ui.results.ResultRow;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A project with models from OpenAI and Anthropic (on a loopback server) streams into its columns side by side. */
@ExtendWith(ApplicationExtension.class)
class MultiProviderRunTest {

    @TempDir
    static Path tempDir;

    private final MockWebServer server = new MockWebServer();
    private ShellFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getTarget().endsWith("/chat/completions") ? openAiStream() : anthropicStream();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        String base = server.url("/v1").toString();
        Path project = ShellFixture.copyMiniProject(tempDir.resolve("multi-" + System.nanoTime()));
        Files.writeString(project.resolve("promptsmith.yaml"), """
                formatVersion: 1
                name: Mini triage
                models:
                  - id: gpt
                    provider: openai
                    model: gpt-4o-mini
                  - id: claude
                    provider: anthropic
                    model: claude-3-5-haiku-latest
                defaults:
                  concurrency: 4
                """);
        fixture = new ShellFixture(stage, registry -> {
            ProviderFactory factory = new ProviderFactory(WireFormats.all(),
                    new HttpTransport(new OkHttpClient(), RetryPolicy.DEFAULT, Sleeper.REAL), new TokenCounter(),
                    Timeouts.DEFAULT);
            KeyStore keys = new KeyStore(tempDir, Map.of("OPENAI_API_KEY", "sk-test", "ANTHROPIC_API_KEY", "ak-test")::get);
            factory.registerAll(registry, List.of(
                    new ProviderEntry("openai", "openai", base, List.of("OPENAI_API_KEY"), Map.of(), 4, null, null),
                    new ProviderEntry("anthropic", "anthropic", base, List.of("ANTHROPIC_API_KEY"), Map.of(), 4, null, null)),
                    keys);
        });
        fixture.shell.commands().open(project, p -> fixture.shell.main().selectedModels().setAll(fixture.shell.main().models()));
    }

    @AfterEach
    void stop() {
        fixture.close();
        server.close();
    }

    @Test
    void bothProvidersFillTheirColumns(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shell.main().selectedModels().size() == 2);

        robot.clickOn("#runAllButton");

        TableView<ResultRow> results = robot.lookup("#resultsTable").queryTableView();
        waitFor(() -> results.getItems().size() == 3 && results.getItems().stream().allMatch(r ->
                r.cell("gpt").get().state() == CellState.DONE && r.cell("claude").get().state() == CellState.DONE));
        CellView gpt = results.getItems().get(0).cell("gpt").get();
        CellView claude = results.getItems().get(0).cell("claude").get();
        assertThat(gpt.text()).isEqualTo("billing");
        assertThat(gpt.pass()).isTrue();   // t-1 expects billing
        assertThat(claude.pass()).isFalse();
        assertThat(claude.text()).isEqualTo("refund");
        // Usage reported by each server, so no "≈" estimate marks.
        assertThat(gpt.meta()).contains("21 → 1 tok").doesNotContain("≈");
        assertThat(claude.meta()).contains("30 → 2 tok").doesNotContain("≈");
        assertThat(server.getRequestCount()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            if (request.getTarget().endsWith("/chat/completions")) {
                assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
            } else {
                assertThat(request.getTarget()).endsWith("/messages");
                assertThat(request.getHeaders().get("x-api-key")).isEqualTo("ak-test");
            }
        }
    }

    private static MockResponse openAiStream() {
        return sse("""
                data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"bil"},"finish_reason":null}]}

                data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"ling"},"finish_reason":"stop"}]}

                data: {"id":"c1","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":21,"completion_tokens":1,"total_tokens":22}}

                data: [DONE]

                """);
    }

    private static MockResponse anthropicStream() {
        return sse("""
                event: message_start
                data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-3-5-haiku-latest","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":30,"output_tokens":1}}}

                event: content_block_start
                data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"ref"}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"und"}}

                event: content_block_stop
                data: {"type":"content_block_stop","index":0}

                event: message_delta
                data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":2}}

                event: message_stop
                data: {"type":"message_stop"}

                """);
    }

    private static MockResponse sse(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
    }
}
