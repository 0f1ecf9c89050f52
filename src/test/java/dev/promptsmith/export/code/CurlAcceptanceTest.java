package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.eval.CellRequests;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.config.ProviderEntry;
import dev.promptsmith.provider.config.ProviderFactory;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of the curl export: the script, run by bash against a loopback mock server,
 * sends the same method, path, content type, headers and JSON body as the app's own provider does
 * for the same prompt and variables; and the key reaches the server only in its auth header.
 */
class CurlAcceptanceTest {

    private static final String KEY = "sk-acceptance-7f3a9c-key";
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(20));
    /** One attempt: whatever the mock answers, each side sends exactly one request. */
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);

    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final CodeExporter curl = CodeExporters.standard(new PromptRenderer()).find("curl").orElseThrow();
    @TempDir
    Path dir;

    @BeforeAll
    static void toolsExist() {
        assumeTrue(onPath("bash") && onPath("curl"), "bash and curl are needed to run the exported script");
    }

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> exports() {
        return Stream.of(
                Arguments.of("OpenAI, few-shot sample", ExportFixtures.sample("triage-few-shot", "gpt-4o-mini", "openai", "t-001")),
                Arguments.of("Anthropic, chain-of-thought sample", ExportFixtures.sample("triage-cot", "claude-haiku", "anthropic", "t-002")),
                Arguments.of("Gemini, zero-shot sample", ExportFixtures.sample("triage-zero-shot", "gemini-flash", "gemini", "t-003")),
                Arguments.of("Ollama, few-shot sample", ExportFixtures.sample("triage-few-shot", "llama3", "ollama", "t-001")),
                Arguments.of("OpenAI, hostile text and a schema", ExportFixtures.hostile("openai", "gpt-4o-mini")),
                Arguments.of("Anthropic, hostile text and a schema", ExportFixtures.hostile("anthropic", "claude-sonnet-4-5")),
                Arguments.of("OpenAI reasoning model, hostile text", ExportFixtures.hostile("openai", "o3-mini")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void exportedCurlSendsWhatTheAppSends(String label, CodeExportRequest export) throws Exception {
        String base = server.url("/v1").toString();
        if (export.provider().kind().equals("ollama") || export.provider().kind().equals("gemini")) {
            base = server.url("/api-root").toString();
        }
        CodeExportResult result = curl.export(export);
        assertThat(result.problems()).isEmpty();
        String script = result.code().text();

        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        runScript(script, base);
        RecordedRequest fromScript = server.takeRequest(5, TimeUnit.SECONDS);

        server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":{\"message\":\"stop\"}}").build());
        callTheApp(export, base);
        RecordedRequest fromApp = server.takeRequest(5, TimeUnit.SECONDS);

        assertThat(fromScript).as("the script's request").isNotNull();
        assertThat(fromApp).as("the app's request").isNotNull();
        assertThat(fromScript.getMethod()).isEqualTo(fromApp.getMethod()).isEqualTo("POST");
        assertThat(fromScript.getUrl().encodedPath()).isEqualTo(fromApp.getUrl().encodedPath());
        assertThat(fromScript.getUrl().query()).isEqualTo(fromApp.getUrl().query());
        assertThat(mediaType(fromScript)).isEqualTo(mediaType(fromApp)).isEqualTo("application/json");
        assertThat(charset(fromScript)).isEqualTo("utf-8");
        assertThat(tree(fromScript)).isEqualTo(tree(fromApp));
        assertThat(apiHeaders(fromScript)).isEqualTo(apiHeaders(fromApp));

        if (export.keyVariable() != null) {
            assertThat(script).doesNotContain(KEY);
            assertKeyOnlyInAuthHeader(fromScript);
            assertThat(apiHeaders(fromScript).values()).anyMatch(v -> v.contains(KEY));
        }
    }

    private void runScript(String script, String baseUrl) throws Exception {
        Path file = dir.resolve("export.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.endsWith("_API_KEY"));
        env.put(CodeExporter.BASE_URL_VARIABLE, baseUrl);
        env.put("OPENAI_API_KEY", KEY);
        env.put("ANTHROPIC_API_KEY", KEY);
        env.put("GEMINI_API_KEY", KEY);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("bash output: %s", new String(output, StandardCharsets.UTF_8)).isZero();
    }

    private void callTheApp(CodeExportRequest export, String baseUrl) {
        ProviderEntry mocked = new ProviderEntry(export.provider().id(), export.provider().kind(), baseUrl,
                export.provider().keyEnv(), export.provider().options(), 1, null, null);
        HttpTransport transport = new HttpTransport(new OkHttpClient(), ONCE, Sleeper.REAL);
        ProviderFactory factory = new ProviderFactory(WireFormats.all(), transport, new TokenCounter(), FAST);
        Optional<Secret> key = export.keyVariable() == null ? Optional.empty() : Optional.of(Secret.of(KEY));
        Provider provider = factory.create(mocked, key).orElseThrow();
        List<dev.promptsmith.model.ChatMessage> messages = new PromptRenderer()
                .render(export.prompt(), export.vars(), export.project().examples()).messages();
        ChatRequest request = CellRequests.build(export.project(), export.prompt(), export.model(), messages);
        provider.complete(request, delta -> { }, new CancelSignal());
    }

    private JsonNode tree(RecordedRequest request) throws IOException {
        return json.readTree(request.getBody().utf8());
    }

    private static String mediaType(RecordedRequest request) {
        MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
        return type.type() + "/" + type.subtype();
    }

    /** JSON is UTF-8 whether or not the header says so (RFC 8259). */
    private static String charset(RecordedRequest request) {
        MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
        return type.charset() == null ? "utf-8" : type.charset().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The headers the API reads (auth, version), lower-cased; the clients' own (user agent, encoding) differ by design. */
    private static Map<String, String> apiHeaders(RecordedRequest request) {
        Map<String, String> headers = new java.util.TreeMap<>();
        for (String original : request.getHeaders().names()) {
            String name = original.toLowerCase(java.util.Locale.ROOT);
            if (name.equals("authorization") || name.equals("api-key") || name.startsWith("x-") || name.startsWith("anthropic-")) {
                headers.put(name, String.join(", ", request.getHeaders().values(original)));
            }
        }
        return headers;
    }

    private static void assertKeyOnlyInAuthHeader(RecordedRequest request) {
        assertThat(request.getUrl().toString()).doesNotContain(KEY);
        assertThat(request.getBody().utf8()).doesNotContain(KEY);
        List<String> carriers = new ArrayList<>();
        for (String name : request.getHeaders().names()) {
            for (String value : request.getHeaders().values(name)) {
                if (value.contains(KEY)) {
                    carriers.add(name.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(carriers).hasSize(1);
        assertThat(carriers.get(0)).isIn("authorization", "x-api-key", "x-goog-api-key", "api-key");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }
}
