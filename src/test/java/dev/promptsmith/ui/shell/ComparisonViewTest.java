package dev.promptsmith.ui.shell;

import static dev.promptsmith.ui.shell.ShellFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.provider.config.KeyStore;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.Styles;
import dev.promptsmith.ui.results.ComparisonGridModel;
import dev.promptsmith.ui.results.GridFilterModel;
import dev.promptsmith.ui.results.ResultRow;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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

/**
 * The comparison view on a run against a loopback server: GPT answers "billing" and Claude
 * "refund", both "technical" for a crash. Cells, badges, the best column, filters, the diff
 * against the expected output, "use as expected", and two runs compared case by case.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

    @TempDir
    static Path tempDir;

    private final MockWebServer server = new MockWebServer();
    private ShellFixture fixture;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                boolean crash = request.getBody() != null && request.getBody().utf8().contains("crashes");
                boolean openAi = request.getTarget().endsWith("/chat/completions");
                return openAi ? openAi(crash ? "technical" : "billing") : anthropic(crash ? "technical" : "refund");
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        String base = server.url("/v1").toString();
        project = ShellFixture.copyMiniProject(tempDir.resolve("compare-" + System.nanoTime()));
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
                """);
        Files.writeString(project.resolve("tests.jsonl"), String.join("\n",
                "{\"id\":\"t-1\",\"vars\":{\"ticket\":\"Please refund my last invoice.\",\"customer\":\"Ana\"},\"expected\":\"billing\",\"tags\":[\"money\"]}",
                "{\"id\":\"t-2\",\"vars\":{\"ticket\":\"Password reset email never arrives.\",\"customer\":\"Bo\"},\"expected\":\"account\",\"tags\":[\"login\"]}",
                "{\"id\":\"t-3\",\"vars\":{\"ticket\":\"Export to CSV crashes the desktop client.\",\"customer\":\"Cy\"},\"expected\":\"technical\",\"tags\":[\"crash\"]}",
                ""));
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
    void aFinishedRunShowsScoresFiltersDiffsAndComparesWithTheNextRun(FxRobot robot) throws Exception {
        waitFor(() -> fixture.shell.main().selectedModels().size() == 2);
        ComparisonGridModel grid = fixture.shell.results().grid();
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();

        robot.clickOn("#runAllButton");
        waitFor(() -> grid.shownRunProperty().get() > 0 && table.getItems().size() == 3
                && table.getItems().get(0).comparison() != null);

        // Cells and badges: t-1 passes on gpt, fails on claude; t-3 passes on both.
        ResultRow first = table.getItems().get(0);
        assertThat(first.cell("gpt").get().pass()).isTrue();
        assertThat(first.cell("gpt").get().verdict()).startsWith("PASS 1.00");
        assertThat(first.cell("claude").get().pass()).isFalse();
        assertThat(first.cell("claude").get().text()).isEqualTo("refund");
        // Summaries in the headers (rebuilt with the run, shown at the next layout pass);
        // gpt (2 of 3) beats claude (1 of 3) and is marked best.
        waitFor(() -> !robot.lookup("#summary-gpt").queryAll().isEmpty()
                && !robot.lookup("#summary-claude").queryAll().isEmpty());
        assertThat(robot.lookup("#summary-gpt").queryAs(Label.class).getText()).startsWith("67% (");
        assertThat(robot.lookup("#summary-claude").queryAs(Label.class).getText()).startsWith("33% (");
        assertThat(grid.bestColumnProperty().get()).isEqualTo("gpt");
        assertThat(table.getColumns().stream().filter(c -> "column-gpt".equals(c.getId())).findFirst().orElseThrow()
                .getStyleClass()).contains(Styles.BEST_COLUMN);

        // Filters: failures only and differing outputs drop t-3; search finds one row; tag finds one row.
        robot.clickOn("#filterFailures");
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(ResultRow::testId).containsExactly("t-1", "t-2");
        robot.clickOn("#filterFailures");
        robot.clickOn("#filterDiffer");
        waitFor(() -> table.getItems().size() == 2);
        robot.clickOn("#filterDiffer");
        robot.clickOn("#filterSearch").write("password");
        waitFor(() -> table.getItems().size() == 1 && table.getItems().get(0).testId().equals("t-2"));
        robot.interact(() -> grid.filters().searchProperty().set(""));
        robot.interact(() -> grid.filters().tagProperty().set("crash"));
        waitFor(() -> table.getItems().size() == 1 && table.getItems().get(0).testId().equals("t-3"));
        robot.interact(() -> grid.filters().tagProperty().set(GridFilterModel.ALL));
        waitFor(() -> table.getItems().size() == 3);

        // The detail of t-1: claude's "refund" is marked against the expected "billing".
        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> grid.detailProperty().get() != null && !robot.lookup("#detail-claude").queryAll().isEmpty());
        Node claudeCard = robot.lookup("#detail-claude").query();
        assertThat(texts(claudeCard, Styles.DIFF_INSERTED)).containsExactly("refund");
        assertThat(texts(claudeCard, Styles.DIFF_DELETED)).containsExactly("billing");
        assertThat(texts(robot.lookup("#detail-gpt").query(), Styles.DIFF_INSERTED)).isEmpty();

        // Claude's answer becomes t-1's expected output; the next run (from the cache) scores against it.
        javafx.scene.control.Button useAsExpected = robot.lookup("#useAsExpected-claude").queryButton();
        robot.interact(() -> robot.lookup("#rowDetail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(useAsExpected);
        waitFor(() -> fixture.shell.main().getProject().test("t-1").orElseThrow().expected().equals("refund"));
        long firstRun = grid.shownRunProperty().get();
        robot.clickOn("#runAllButton");
        waitFor(() -> grid.shownRunProperty().get() > firstRun && table.getItems().size() == 3
                && table.getItems().get(0).comparison() != null);
        assertThat(table.getItems().get(0).cell("claude").get().pass()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(6);

        // Two runs compared: t-1 regressed on gpt and improved on claude.
        robot.clickOn("#runsTab");
        TableView<?> runs = robot.lookup("#runsTable").queryTableView();
        waitFor(() -> runs.getItems().size() == 2);
        robot.interact(() -> runs.getSelectionModel().selectAll());
        robot.clickOn("#compareRuns");
        ListView<String> changes = robot.lookup("#comparisonChanges").queryListView();
        waitFor(() -> changes.getItems().size() == 2);
        assertThat(changes.getItems()).containsExactly(
                "▼ regression  t-1 · classify × gpt: pass 1.00 → fail 0.00",
                "▲ improvement  t-1 · classify × claude: fail 0.00 → pass 1.00");
        assertThat(robot.lookup("#comparisonVerdict").queryAs(Label.class).getText())
                .startsWith("Run " + grid.shownRunProperty().get() + " against run " + firstRun + ": ");
    }

    private static List<String> texts(Node root, String styleClass) {
        return root.lookupAll("." + styleClass).stream().filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText().strip()).toList();
    }

    private static MockResponse openAi(String label) {
        return sse("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                + "{\"role\":\"assistant\",\"content\":\"" + label + "\"},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":"
                + "{\"prompt_tokens\":21,\"completion_tokens\":1,\"total_tokens\":22}}\n\ndata: [DONE]\n\n");
    }

    private static MockResponse anthropic(String label) {
        return sse("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"content\":[],\"model\":\"claude-3-5-haiku-latest\",\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":30,\"output_tokens\":1}}}\n\n"
                + "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"text\",\"text\":\"\"}}\n\n"
                + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + "{\"type\":\"text_delta\",\"text\":\"" + label + "\"}}\n\n"
                + "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
                + "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":2}}\n\n"
                + "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
    }

    private static MockResponse sse(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
    }
}
