package dev.promptsmith.provider.openai;

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
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.provider.http.WireFixtures;
import java.net.InetAddress;
import java.nio.file.Files;
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
 * The OpenAI format through the shared {@link HttpTransport} against a loopback MockWebServer, with
 * the same wire fixtures as the unit tests. Retry waits are recorded, not slept, so the suite stays fast.
 */
class OpenAiTransportTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OpenAiTransportTest.class);

    private static final String KEY = "sk-e2e-0123456789abcdefXYZ";
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(20));
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(10),
            Duration.ofMillis(40), 0);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recording = (duration, cancel) -> waits.add(duration);
    private final HttpTransport transport = new HttpTransport(client, QUICK, recording);
    private final OpenAiWireFormat format = new OpenAiWireFormat();
    private final ChatRequest request = new ChatRequest("gpt-4o-mini",
            List.of(ChatMessage.system("Label the ticket."), ChatMessage.user("Refund please")),
            ModelParams.NONE.withMaxTokens(20));
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        endpoint = new Endpoint(server.url("/v1").toString(), Secret.of(KEY), Map.of(), Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Test
    void nonStreamingCallPostsTheBodyAndReadsTextAndUsage() throws Exception {
        server.enqueue(json(200, FIXTURES.read("response.json")));

        ChatResponse response = chat(false);

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Billing issue.");
        assertThat(response.usage()).isEqualTo(new Usage(2006, 300, 1920, 0, 0, false));
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = MAPPER.readTree(recorded.getBody().utf8());
        assertThat(body.get("max_tokens").asInt()).isEqualTo(20);
        assertThat(body.has("stream")).isFalse();
    }

    @Test
    void streamingCallDeliversTextInPiecesWithUsageFromTheUsageChunk() throws Exception {
        server.enqueue(sse(FIXTURES.read("stream-usage.sse")).newBuilder()
                .throttleBody(200, 5, TimeUnit.MILLISECONDS).build());
        List<String> pieces = new CopyOnWriteArrayList<>();

        ChatResponse response = transport.chat(format, endpoint, request, true, FAST, pieces::add, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(pieces).containsExactly("Refund", " request");
        assertThat(response.text()).isEqualTo("Refund request");
        assertThat(response.finishReason()).isEqualTo("length");
        assertThat(response.usage()).isEqualTo(new Usage(1200, 300, 1024, 0, 256, false));
        JsonNode body = MAPPER.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
        assertThat(body.get("stream_options").get("include_usage").asBoolean()).isTrue();
    }

    @Test
    void streamWithoutUsageLeavesUsageNullForTheCallerToEstimate() {
        server.enqueue(sse(FIXTURES.read("stream-basic.sse")));

        ChatResponse response = chat(true);

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Billing issue.");
        assertThat(response.usage()).isNull();
    }

    @Test
    void schemaRequestSendsTheSchemaTreeAndTheStreamedJsonIsTheText() throws Exception {
        server.enqueue(sse(FIXTURES.read("stream-json-schema.sse")));
        String schema = Files.readString(OpenAiResponseFormatTest.INVOICE_SCHEMA);
        ChatRequest invoice = new ChatRequest("gpt-4o", request.messages(), request.params(),
                new ResponseFormat("invoice", schema));
        List<String> pieces = new CopyOnWriteArrayList<>();

        ChatResponse response = transport.chat(format, endpoint, invoice, true, FAST, pieces::add, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(String.join("", pieces)).isEqualTo(response.text());
        assertThat(MAPPER.readTree(response.text()).get("total").asInt()).isEqualTo(119);
        assertThat(response.usage()).isEqualTo(new Usage(512, 96, 0, 0, 0, false));
        JsonNode sent = MAPPER.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
        assertThat(sent.get("response_format")).isEqualTo(MAPPER.readTree(
                "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"invoice\",\"schema\":" + schema + ",\"strict\":false}}"));
    }

    @Test
    void streamedRefusalIsTheTextOfASuccessfulCall() {
        server.enqueue(sse(FIXTURES.read("stream-refusal.sse")));
        ChatRequest label = new ChatRequest("gpt-4o", request.messages(), request.params(),
                new ResponseFormat("label", "{\"type\":\"object\"}"));

        ChatResponse response = transport.chat(format, endpoint, label, true, FAST, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("I'm sorry, I can't help with that.");
    }

    @Test
    void schemaThatIsNotJsonIsAConfigErrorAndNothingIsSent() {
        ChatRequest broken = new ChatRequest("gpt-4o", request.messages(), request.params(),
                new ResponseFormat("invoice", "{\"type\": \"object\","));

        ChatResponse response = chat(broken);

        assertThat(response.error().kind()).isEqualTo(Kind.CONFIG);
        assertThat(response.error().message()).startsWith("The JSON schema 'invoice' is not valid JSON");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void rateLimitWithRetryAfterIsRetriedThenSucceeds() {
        server.enqueue(json(429, FIXTURES.read("error-429-rate-limit.json")).newBuilder()
                .addHeader("retry-after", "1").build());
        server.enqueue(sse(FIXTURES.read("stream-basic.sse")));

        ChatResponse response = chat(true);

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void quotaOn429IsNotRetried() {
        server.enqueue(json(429, FIXTURES.read("error-429-quota.json")).newBuilder()
                .addHeader("retry-after", "1").build());

        ChatResponse response = chat(true);

        assertThat(response.error().kind()).isEqualTo(Kind.QUOTA);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void authErrorIsNotRetried() {
        server.enqueue(json(401, FIXTURES.read("error-401.json")));

        ChatResponse response = chat(true);

        assertThat(response.error().kind()).isEqualTo(Kind.AUTH);
        assertThat(response.error().message()).doesNotContain(KEY).doesNotContain("sk-");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serviceUnavailableAndOverloadedAreRetried() {
        server.enqueue(json(503, FIXTURES.read("error-503-overloaded.json")));
        server.enqueue(new MockResponse.Builder().code(529).body("").build());
        server.enqueue(sse(FIXTURES.read("stream-basic.sse")));

        ChatResponse response = chat(true);

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void proxyHtmlPageGivesAClearMessageAfterTheLastAttempt() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                    .body(FIXTURES.read("error-proxy.html")).build());
        }

        ChatResponse response = chat(true);

        assertThat(response.error().kind()).isEqualTo(Kind.SERVER);
        assertThat(response.error().message()).isEqualTo("HTTP 502 from the server, body is HTML, not JSON: 502 Bad Gateway");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void errorObjectAfter200KeepsThePartialTextAndIsNotRetriedOnceTextArrived() {
        server.enqueue(sse(FIXTURES.read("stream-error-after-200.sse")));

        ChatResponse response = chat(true);

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.text()).isEqualTo("Partial answer");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void streamCutMidWayKeepsThePartialText() {
        server.enqueue(sse(FIXTURES.read("stream-cut.sse")).newBuilder()
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());

        ChatResponse response = chat(true);

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.text()).isEqualTo("The answer is");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void slowStreamIsCancelledAtOnceKeepingTheTextSoFar() throws Exception {
        String chunk = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":null}]}\n\n";
        server.enqueue(sse(chunk.repeat(300) + "data: [DONE]\n\n").newBuilder()
                .throttleBody(64, 100, TimeUnit.MILLISECONDS).build());
        CancelSignal cancel = new CancelSignal();
        CountDownLatch firstText = new CountDownLatch(1);
        Timeouts patient = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(60));
        CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(() ->
                transport.chat(format, endpoint, request, true, patient, d -> firstText.countDown(), cancel));
        assertThat(firstText.await(5, TimeUnit.SECONDS)).isTrue();

        cancel.cancel();
        ChatResponse response = call.get(2, TimeUnit.SECONDS);

        assertThat(response.error().kind()).isEqualTo(Kind.CANCELLED);
        assertThat(response.text()).startsWith("x").hasSizeLessThan(300);
    }

    @Test
    void localServerGetsNoAuthorizationHeader() throws Exception {
        server.enqueue(sse(FIXTURES.read("stream-llamacpp-timings.sse")));
        OpenAiPreset llamacpp = OpenAiPresets.builtIn().find("llamacpp").orElseThrow();
        Endpoint local = llamacpp.endpoint(server.url("/v1").toString(), null, Map.of(), Map.of());

        ChatResponse response = transport.chat(format, local, request, true, FAST, d -> { }, new CancelSignal());

        assertThat(response.usage()).isEqualTo(new Usage(42, 5, 12, 0, 0, false));
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().names()).doesNotContain("Authorization", "api-key");
    }

    @Test
    void azureDeploymentGetsApiVersionAndApiKeyHeader() throws Exception {
        server.enqueue(json(200, FIXTURES.read("response.json")));
        Endpoint azure = OpenAiPresets.builtIn().find("azure").orElseThrow()
                .endpoint(server.url("/openai/deployments/gpt4o-prod").toString(), Secret.of(KEY), Map.of(), Map.of());

        assertThat(transport.chat(format, azure, request, false, FAST, d -> { }, new CancelSignal()).ok()).isTrue();

        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.getTarget()).isEqualTo("/openai/deployments/gpt4o-prod/chat/completions?api-version="
                + OpenAiPresets.AZURE_DEFAULT_API_VERSION);
        assertThat(recorded.getHeaders().get("api-key")).isEqualTo(KEY);
        assertThat(recorded.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void modelListIsFetchedWithTheKey() throws Exception {
        server.enqueue(json(200, FIXTURES.read("models.json")));

        HttpTransport.ModelList list = transport.models(format, endpoint, FAST);

        assertThat(list.error()).isNull();
        assertThat(list.models()).containsExactly("gpt-4o-mini", "o3-mini", "text-embedding-3-small");
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.getMethod()).isEqualTo("GET");
        assertThat(recorded.getTarget()).isEqualTo("/v1/models");
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    }

    private ChatResponse chat(boolean stream) {
        return transport.chat(format, endpoint, request, stream, FAST, d -> { }, new CancelSignal());
    }

    private ChatResponse chat(ChatRequest streamed) {
        return transport.chat(format, endpoint, streamed, true, FAST, d -> { }, new CancelSignal());
    }

    private static MockResponse sse(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
