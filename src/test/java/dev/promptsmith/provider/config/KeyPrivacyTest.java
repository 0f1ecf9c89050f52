package dev.promptsmith.provider.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.CellResult;
import dev.promptsmith.eval.RunPlan;
import dev.promptsmith.eval.RunService;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.NewProjectWriter;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.provider.ProviderRegistry;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key used for real calls that all fail never shows up in results, logs, stderr or project files. */
class KeyPrivacyTest {

    private static final String KEY = "sk-proj-SECRET0123456789abcdefXYZ";

    @TempDir
    Path dir;

    @Test
    void keyStaysOutOfResultsLogsAndProjectFiles() throws Exception {
        StringBuilder logged = new StringBuilder();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.append(record.getMessage()).append('\n');
                if (record.getThrown() != null) {
                    logged.append(record.getThrown()).append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        ExecutorService workers = Executors.newCachedThreadPool();
        try (MockWebServer server = new MockWebServer()) {
            // Servers that echo the key back, as some gateways do in their errors.
            server.enqueue(new MockResponse.Builder().code(401)
                    .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}").build());
            server.enqueue(new MockResponse.Builder().code(400)
                    .body("<html><title>Bad key " + KEY + "</title></html>").build());
            server.start(InetAddress.getLoopbackAddress(), 0);

            KeyStore keys = new KeyStore(dir.resolve("config"), Map.of("OPENAI_API_KEY", KEY)::get).load();
            ProviderRegistry registry = new ProviderRegistry();
            new ProviderFactory(WireFormats.all(), new HttpTransport(new OkHttpClient(),
                    new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(1), 0), Sleeper.REAL),
                    new TokenCounter(), Timeouts.DEFAULT).registerAll(registry, List.of(new ProviderEntry("openai", "openai",
                    server.url("/v1").toString(), List.of("OPENAI_API_KEY"), Map.of(), 1, null, null)), keys);
            LoadedProject created = new NewProjectWriter().create(dir.resolve("project"), "Privacy");
            PromptVariant prompt = new PromptVariant("p", "", TemplateSyntax.JINJA, "Be brief.",
                    List.of(new MessageTemplate(Role.USER, "{{ q }}")), null, null, ModelParams.NONE);
            ModelRef gpt = new ModelRef("gpt", "openai", "gpt-4o-mini", null);
            Project project = created.project().withPrompts(List.of(prompt))
                    .withSettings(new dev.promptsmith.model.ProjectSettings("Privacy", "", List.of(gpt), null, List.of(), null, null, null))
                    .withTests(List.of(new TestCase("t1", Map.of("q", "a"), "x", null, null, null, null),
                            new TestCase("t2", Map.of("q", "b"), "y", null, null, null, null)));

            List<CellResult> results = new RunService(new PromptRenderer(), registry, workers)
                    .start(project, new RunPlan(prompt, List.of(gpt), project.tests(), 1), e -> { })
                    .done().get(20, TimeUnit.SECONDS);
            new ProjectSaver().save(dir.resolve("project"), project, created.snapshot());

            assertThat(results).hasSize(2).noneMatch(CellResult::ok);
            assertThat(results).allSatisfy(r -> assertThat(r.errorMessage()).doesNotContain(KEY));
            assertThat(results.get(0).errorMessage()).contains("Incorrect API key provided");
            try (Stream<Path> files = Files.walk(dir.resolve("project"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(KEY);
                }
            }
        } finally {
            workers.shutdownNow();
            System.setErr(originalErr);
            root.removeHandler(capture);
        }
        assertThat(logged.toString()).doesNotContain(KEY);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(KEY);
    }

    @Test
    void providerToStringsAndRequestSpecsHideTheKey() {
        Secret secret = Secret.of(KEY);
        var endpoint = new dev.promptsmith.provider.http.Endpoint("https://api.openai.com/v1", secret, Map.of(), Map.of());
        var spec = new dev.promptsmith.provider.openai.OpenAiWireFormat().chatRequest(endpoint,
                new dev.promptsmith.provider.ChatRequest("gpt-4o", List.of(dev.promptsmith.model.ChatMessage.user("hi")),
                        ModelParams.NONE), true);
        assertThat(spec.toString()).doesNotContain(KEY);
        assertThat(endpoint.toString()).doesNotContain(KEY);
    }
}
