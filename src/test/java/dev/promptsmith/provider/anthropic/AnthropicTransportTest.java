package dev.promptsmith.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.provider.http.WireFixtures;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Anthropic format through the shared {@link HttpTransport} against a loopback MockWebServer
 * serving this package's fixtures. Waits go to a recording sleeper, so retries cost no time.
 */
class AnthropicTransportTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicTransportTest.class);

    private static final String KEY = "sk-ant-api03-transport-test-key";
    private static final Path INVOICE_SCHEMA = Path.of("sample-projects", "invoice-extraction", "schemas",
            "invoice.json");
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(20));
    /** No jitter, so the backoff waits are exact: 10 ms, then 20 ms. */
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(10),
            Duration.ofMillis(100), 0);

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recording = (duration, cancel) -> waits.add(duration);
    private final HttpTransport transport = new HttpTransport(client, QUICK, recording);
    private final AnthropicWireFormat format = new AnthropicWireFormat();
    private final ObjectMapper json = new ObjectMapper();
    private final ChatRequest request = new ChatRequest("claude-sonnet-4-5",
            List.of(ChatMessage.system("Label tickets."), ChatMessage.user("Charged twice")), ModelParams.NONE);
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        endpoint = new Endpoint(server.url("/v1").toString(), Secret.of(KEY), Map.of(), Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nonStreamingCallSendsTheDocumentedRequestAndReadsTheAnswer() throws Exception {
        server.enqueue(jsonResponse(200, "response.json"));

        ChatResponse response = chat(false, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Label: billing");
        assertThat(response.usage()).isEqualTo(new Usage(2095, 503, 0, 0, 0, false));
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        JsonNode body = json.readTree(sent.getBody().utf8());
        assertThat(body.path("system").asText()).isEqualTo("Label tickets.");
        assertThat(body.has("stream")).isFalse();
    }

    @Test
    void theKeyTravelsOnlyInTheApiKeyHeader() throws Exception {
        server.enqueue(jsonResponse(200, "response.json"));
        chat(false, d -> { }, new CancelSignal());

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getRequestLine()).doesNotContain(KEY);
        assertThat(sent.getBody().utf8()).doesNotContain(KEY);
        sent.getHeaders().forEach(header -> {
            if (!header.getFirst().equalsIgnoreCase("x-api-key")) {
                assertThat(header.getSecond()).doesNotContain(KEY);
            }
        });
    }

    @Test
    void streamingCallDeliversTextInPieces() throws Exception {
        server.enqueue(sse("stream-basic.sse"));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = chat(true, deltas::add, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(deltas).containsExactly("Hello", ", world", "!");
        assertThat(response.text()).isEqualTo("Hello, world!");
        assertThat(response.finishReason()).isEqualTo("end_turn");
        assertThat(response.usage()).isEqualTo(new Usage(25, 15, 0, 0, 0, false));
        assertThat(json.readTree(server.takeRequest().getBody().utf8()).path("stream").asBoolean()).isTrue();
    }

    @Test
    void structuredStreamingCallForcesTheAnswerToolAndStreamsItsJson() throws Exception {
        server.enqueue(sse("stream-tool-use.sse"));
        List<String> deltas = new CopyOnWriteArrayList<>();
        ChatRequest invoice = new ChatRequest("claude-sonnet-4-5", List.of(ChatMessage.user("INVOICE …")),
                ModelParams.NONE, new ResponseFormat("invoice", Files.readString(INVOICE_SCHEMA)));

        ChatResponse response = transport.chat(format, endpoint, invoice, true, FAST, deltas::add,
                new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.finishReason()).isEqualTo("tool_use");
        assertThat(String.join("", deltas)).isEqualTo(response.text());
        assertThat(json.readTree(response.text()).path("total").decimalValue()).isEqualByComparingTo("1695.75");
        JsonNode body = json.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.path("tool_choice")).isEqualTo(json.readTree("{\"type\":\"tool\",\"name\":\"invoice_json\"}"));
        assertThat(body.path("tools").get(0).path("input_schema")).isEqualTo(json.readTree(Files.readString(INVOICE_SCHEMA)));
        assertThat(body.path("stream").asBoolean()).isTrue();
    }

    @Test
    void structuredNonStreamingCallReadsTheToolInputAsTheText() throws Exception {
        server.enqueue(jsonResponse(200, "response-tool-use-wrapped.json"));
        ChatRequest labels = new ChatRequest("claude-sonnet-4-5", List.of(ChatMessage.user("Charged twice")),
                ModelParams.NONE, new ResponseFormat("labels", FIXTURES.read("schema-labels.json")));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = transport.chat(format, endpoint, labels, false, FAST, deltas::add,
                new CancelSignal());

        assertThat(response.text()).isEqualTo("[\"billing\",\"bug\"]");
        assertThat(deltas).containsExactly("[\"billing\",\"bug\"]");
        JsonNode tool = json.readTree(server.takeRequest().getBody().utf8()).path("tools").get(0);
        assertThat(tool.path("name").asText()).isEqualTo("labels_json_value");
        assertThat(tool.path("input_schema").path("required").get(0).asText()).isEqualTo("value");
    }

    @Test
    void aSchemaThatIsNotJsonIsAConfigErrorAndNothingIsSent() {
        ChatRequest broken = new ChatRequest("claude-sonnet-4-5", List.of(ChatMessage.user("Hi")), ModelParams.NONE,
                new ResponseFormat("invoice", "{\"type\": \"object\","));

        ChatResponse response = chat(broken);

        assertThat(response.error().kind()).isEqualTo(Kind.CONFIG);
        assertThat(response.error().message()).startsWith("The JSON schema 'invoice' is not valid JSON");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void rateLimitIsRetriedAfterTheWaitTheServerAsks() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "1")
                .addHeader("Content-Type", "application/json").body(FIXTURES.read("error-429.json")).build());
        server.enqueue(sse("stream-basic.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void authenticationErrorIsNotRetried() {
        server.enqueue(jsonResponse(401, "error-401.json"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(response.error().kind()).isEqualTo(Kind.AUTH);
        assertThat(response.error().message()).startsWith("invalid x-api-key");
        assertThat(waits).isEmpty();
    }

    @Test
    void billingErrorIsNotRetried() {
        server.enqueue(jsonResponse(402, "error-402-billing.json"));
        ChatResponse response = chat(true, d -> { }, new CancelSignal());
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(response.error().kind()).isEqualTo(Kind.QUOTA);
    }

    @Test
    void overloadAndProxyErrorsAreRetriedWithBackoff() {
        server.enqueue(jsonResponse(529, "error-529.json"));
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html")
                .body(FIXTURES.read("error-proxy.html")).build());
        server.enqueue(sse("stream-basic.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void overloadThatOutlastsTheRetriesIsReportedAsOverloaded() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(jsonResponse(529, "error-529.json"));
        }
        ChatResponse response = chat(true, d -> { }, new CancelSignal());
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(response.error().kind()).isEqualTo(Kind.OVERLOADED);
        assertThat(response.error().message()).isEqualTo("Overloaded (overloaded_error, request req_011CQ529)");
    }

    @Test
    void errorEventAfterTextKeepsThePartialTextAndIsNotRetried() {
        server.enqueue(sse("stream-error-after-200.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.text()).isEqualTo("Partial ans");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void overloadedEventBeforeAnyTextIsRetried() {
        server.enqueue(sse("stream-error-before-text.sse"));
        server.enqueue(sse("stream-basic.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Hello, world!");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void streamCutMidWayKeepsThePartialText() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(FIXTURES.read("stream-cut.sse"))
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.text()).isEqualTo("The ticket is about a double");
        assertThat(response.usage()).as("the caller estimates it").isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedEventIsReportedKeepingTheText() {
        server.enqueue(sse("stream-malformed.sse"));
        ChatResponse response = chat(true, d -> { }, new CancelSignal());
        assertThat(response.error().kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(response.error().message()).contains("content_block_delta");
    }

    @Test
    void cancellingASlowStreamStopsAtOnceKeepingTheTextSoFar() throws Exception {
        String dot = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":\".\"}}\n\n";
        String slow = FIXTURES.read("stream-basic.sse")
                .replace("event: message_stop", dot.repeat(200) + "event: message_stop");
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(slow).throttleBody(64, 100, TimeUnit.MILLISECONDS).build());
        CancelSignal cancel = new CancelSignal();
        CountDownLatch firstText = new CountDownLatch(1);
        Timeouts patient = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(60));
        CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(() -> transport.chat(format, endpoint,
                request, true, patient, d -> firstText.countDown(), cancel));
        assertThat(firstText.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        cancel.cancel();
        ChatResponse response = call.get(5, TimeUnit.SECONDS);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
        assertThat(response.error().kind()).isEqualTo(Kind.CANCELLED);
        assertThat(response.text()).startsWith("Hello");
        assertThat(client.dispatcher().runningCallsCount()).isZero();
    }

    @Test
    void modelsAreListedWithTheSameHeaders() throws Exception {
        server.enqueue(jsonResponse(200, "models.json"));

        HttpTransport.ModelList list = transport.models(format, endpoint, FAST);

        assertThat(list.error()).isNull();
        assertThat(list.models()).containsExactly("claude-sonnet-4-5-20250929", "claude-3-5-haiku-20241022");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(sent.getUrl().queryParameter("limit")).isEqualTo("1000");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    }

    @Test
    void modelsListWithABadKeyReportsAuth() {
        server.enqueue(jsonResponse(401, "error-401.json"));
        assertThat(transport.models(format, endpoint, FAST).error().kind()).isEqualTo(Kind.AUTH);
    }

    private ChatResponse chat(ChatRequest other) {
        return transport.chat(format, endpoint, other, true, FAST, d -> { }, new CancelSignal());
    }

    private ChatResponse chat(boolean stream, StreamListener listener, CancelSignal cancel) {
        return transport.chat(format, endpoint, request, stream, FAST, listener, cancel);
    }

    private static MockResponse jsonResponse(int code, String fixture) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(FIXTURES.read(fixture)).build();
    }

    private static MockResponse sse(String fixture) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(FIXTURES.read(fixture)).build();
    }
}
