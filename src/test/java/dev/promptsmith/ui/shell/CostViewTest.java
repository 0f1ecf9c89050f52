package dev.promptsmith.ui.shell;

import static dev.promptsmith.ui.shell.ShellFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.Projection;
import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cost calculator on a run of the support-triage sample on gpt-4o-mini (a loopback server that
 * answers every ticket "billing" with 21 prompt tokens and 1 completion token). At the bundled
 * price ($0.15 in, $0.60 out per million) a call costs 21 × 0.15 + 1 × 0.60 = 3.75 millionths of a
 * dollar, and 100,000 calls a month $0.375.
 */
@ExtendWith(ApplicationExtension.class)
class CostViewTest {

    @TempDir
    static Path tempDir;

    private final MockWebServer server = new MockWebServer();
    private ShellFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(
                        "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                                + "{\"content\":\"billing\"},\"finish_reason\":\"stop\"}]}\n\n"
                                + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":"
                                + "{\"prompt_tokens\":21,\"completion_tokens\":1,\"total_tokens\":22}}\n\ndata: [DONE]\n\n").build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        String base = server.url("/v1").toString();
        Path project = copySample(tempDir.resolve("cost-" + System.nanoTime()));
        fixture = new ShellFixture(stage, registry -> {
            ProviderFactory factory = new ProviderFactory(WireFormats.all(),
                    new HttpTransport(new OkHttpClient(), RetryPolicy.DEFAULT, Sleeper.REAL), new TokenCounter(),
                    Timeouts.DEFAULT);
            KeyStore keys = new KeyStore(tempDir, Map.of("OPENAI_API_KEY", "sk-test")::get);
            factory.registerAll(registry, List.of(
                    new ProviderEntry("openai", "openai", base, List.of("OPENAI_API_KEY"), Map.of(), 4, null, null)), keys);
        });
        fixture.shell.commands().open(project, p -> fixture.shell.main().selectedModels().setAll(
                fixture.shell.main().models().stream().filter(m -> m.id().equals("gpt-4o-mini")).toList()));
    }

    @AfterEach
    void stop() {
        fixture.close();
        server.close();
    }

    @Test
    void theCalculatorShowsMeasuredCostPerCallAndAMonthlyProjectionThatFollowsTheVolume(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shell.main().selectedModels().size() == 1);
        robot.clickOn("#runAllButton");
        waitFor(() -> fixture.shell.results().grid().shownRunProperty().get() > 0);

        robot.clickOn("#costTab");
        TableView<Projection.ColumnCost> columns = robot.lookup("#costColumns").queryTableView();
        TableView<?> levers = robot.lookup("#costLevers").queryTableView();
        waitFor(() -> columns.getItems().size() == 1 && levers.getItems().size() == 1);
        Projection.ColumnCost column = columns.getItems().get(0);
        assertThat(column.perCall()).isEqualByComparingTo("0.00000375");
        assertThat(column.monthly()).isEqualByComparingTo("0.375");
        assertThat(robot.lookup("#costLevers").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#adviceList").queryListView().getItems()).isNotEmpty();

        // A tenfold volume: the projection follows once the field is committed.
        TextField calls = robot.lookup("#monthlyCalls").query();
        robot.interact(() -> {
            calls.setText("1,000,000");
            calls.commitValue();
        });
        waitFor(() -> !columns.getItems().isEmpty() && columns.getItems().get(0).monthly().compareTo(new java.math.BigDecimal("3.75")) == 0);
        assertThat(robot.lookup("#cheapestMeeting").queryAs(Label.class).getText()).isNotBlank();
        assertThat(server.getRequestCount()).isEqualTo(20);
    }

    private static Path copySample(Path target) throws IOException {
        Path sample = Path.of("sample-projects/support-triage");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path source : files.filter(p -> !p.toString().contains(".promptsmith")).toList()) {
                Path copy = target.resolve(sample.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }
}
