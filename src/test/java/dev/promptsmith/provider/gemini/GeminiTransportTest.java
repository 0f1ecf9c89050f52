package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.promptsmith.provider.http.WireFixtures.SseEvent;
import java.net.InetAddress;
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

/** The Gemini format through the shared transport against a loopback MockWebServer, with the fixtures of this package. */
class GeminiTransportTest {

    private static final WireFixtures FIXTURES = new WireFixtures(GeminiTransportTest.class);

    private static final String KEY = "AIzaSyTest-0123456789abcdefghijklmnop";
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(20));
    /** No jitter and tiny backoff, so the waits are exact and the tests quick; the sleeper only records. */
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(10),
            Duration.ofMillis(40), 0);

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recording = (duration, cancel) -> waits.add(duration);
    private final HttpTransport transport = new HttpTransport(client, QUICK, recording);
    private final GeminiWireFormat format = new GeminiWireFormat();
    private final ChatRequest request = new ChatRequest("gemini-2.0-flash",
            List.of(ChatMessage.system("Label the ticket."), ChatMessage.user("My card was charged twice.")),
            ModelParams.NONE.withTemperature(0.0));
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        endpoint = new Endpoint(server.url("/v1beta").toString(), Secret.of(KEY), Map.of(), Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nonStreamingCallSendsTheRequestAndReadsTheAnswer() throws Exception {
        server.enqueue(json(200, "response.json"));

        ChatResponse response = chat(false, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Billing. The customer reports a double charge.");
        assertThat(response.usage()).isEqualTo(new Usage(21, 9, 0, 0, 0, false));
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
        assertThat(sent.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
        assertThat(new ObjectMapper().readTree(sent.getBody().utf8()).at("/systemInstruction/parts/0/text").asText())
                .isEqualTo("Label the ticket.");
    }

    @Test
    void streamingCallDeliversTextInPieces() throws Exception {
        server.enqueue(sse("stream-basic.sse"));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = chat(true, deltas::add, new CancelSignal());

        assertThat(deltas).containsExactly("Bill", "ing. The customer reports", " a double charge.");
        assertThat(response.ok()).isTrue();
        assertThat(response.finishReason()).isEqualTo("STOP");
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse");
    }

    @Test
    void structuredOutputSendsTheSchemaTreeAndStreamsTheJsonAnswerAsText() throws Exception {
        server.enqueue(sse("stream-json.sse"));
        String invoice = FIXTURES.read("schema-invoice.json");
        ChatRequest extraction = new ChatRequest("gemini-2.5-flash", List.of(ChatMessage.user("Extract the invoice.")),
                ModelParams.NONE, new ResponseFormat("invoice", invoice));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = transport.chat(format, endpoint, extraction, true, FAST, deltas::add, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(deltas).hasSize(3);
        assertThat(response.text()).isEqualTo(String.join("", deltas));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(response.text()).at("/vendor/name").asText()).isEqualTo("Acme GmbH");
        var config = json.readTree(server.takeRequest().getBody().utf8()).get("generationConfig");
        assertThat(config.get("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.get("responseJsonSchema")).isEqualTo(json.readTree(invoice));
    }

    @Test
    void aSchemaThatIsNotJsonFailsTheCellAsConfigurationWithoutACall() {
        ChatRequest broken = new ChatRequest("gemini-2.5-flash", List.of(ChatMessage.user("Extract the invoice.")),
                ModelParams.NONE, new ResponseFormat("invoice", "{\"type\": "));

        ChatResponse response = transport.chat(format, endpoint, broken, true, FAST, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.CONFIG);
        assertThat(response.error().message()).startsWith("The response schema 'invoice' is not valid JSON");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void rateLimitIsRetriedAfterTheRetryInfoDelay() {
        server.enqueue(json(429, "error-429-rate-limit.json"));
        server.enqueue(sse("stream-basic.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(3950));
    }

    @Test
    void aBadKeyIsNotRetried() {
        server.enqueue(json(400, "error-400-api-key-invalid.json"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.AUTH);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void exhaustedBillingIsNotRetried() {
        server.enqueue(json(429, "error-429-billing.json"));
        assertThat(chat(true, d -> { }, new CancelSignal()).error().kind()).isEqualTo(Kind.QUOTA);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anOverloadedModelIsRetried() {
        server.enqueue(json(503, "error-503-unavailable.json"));
        server.enqueue(sse("stream-basic.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void anErrorEventAfter200KeepsThePartialText() {
        server.enqueue(sse("stream-error-after-200.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.text()).isEqualTo("Billing. The");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStreamEndingWithoutFinishReasonIsCutKeepingTheText() {
        server.enqueue(sse("stream-cut.sse"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.text()).isEqualTo("Billing. The customer reports");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionLostMidBodyIsCutKeepingTheText() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(FIXTURES.read("stream-basic.sse")).onResponseBody(new SocketEffect.CloseSocket()).build());

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.text()).startsWith("Bill");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSlowStreamIsCancelledAtOnce() throws Exception {
        List<SseEvent> events = FIXTURES.sseEvents("stream-basic.sse");
        String slowBody = "data: " + events.get(0).data() + "\n\n"
                + ("data: " + events.get(1).data() + "\n\n").repeat(50) + "data: " + events.get(2).data() + "\n\n";
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(slowBody).throttleBody(64, 50, TimeUnit.MILLISECONDS).build());
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
        assertThat(response.text()).startsWith("Bill");
    }

    @Test
    void modelListComesThroughTheTransport() throws Exception {
        server.enqueue(json(200, "models.json"));

        HttpTransport.ModelList list = transport.models(format, endpoint, FAST);

        assertThat(list.models()).containsExactly("gemini-2.0-flash", "gemini-2.5-pro");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getTarget()).isEqualTo("/v1beta/models?pageSize=1000");
        assertThat(sent.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
    }

    private ChatResponse chat(boolean stream, dev.promptsmith.provider.StreamListener listener, CancelSignal cancel) {
        return transport.chat(format, endpoint, request, stream, FAST, listener, cancel);
    }

    private static MockResponse json(int code, String fixture) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=UTF-8")
                .body(FIXTURES.read(fixture)).build();
    }

    private static MockResponse sse(String fixture) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(FIXTURES.read(fixture)).build();
    }
}
