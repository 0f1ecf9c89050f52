package dev.promptsmith.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.ResponseFormat;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.http.HttpTransport;
import dev.promptsmith.provider.http.RetryPolicy;
import dev.promptsmith.provider.http.Sleeper;
import dev.promptsmith.provider.http.Timeouts;
import dev.promptsmith.provider.http.WireFixtures;
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

/** The Ollama format through the shared transport against a loopback MockWebServer, with the fixtures of this package. */
class OllamaTransportTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OllamaTransportTest.class);

    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(20));
    /** No jitter and tiny backoff, so the waits are exact and the tests quick; the sleeper only records. */
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(10),
            Duration.ofMillis(40), 0);
    private static final String NDJSON = "application/x-ndjson";

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recording = (duration, cancel) -> waits.add(duration);
    private final HttpTransport transport = new HttpTransport(new OkHttpClient(), QUICK, recording);
    private final OllamaWireFormat format = new OllamaWireFormat();
    private final ChatRequest request = new ChatRequest("llama3.2",
            List.of(ChatMessage.system("Label the ticket."), ChatMessage.user("My card was charged twice.")),
            ModelParams.NONE.withMaxTokens(64));
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        endpoint = new Endpoint(server.url("/").toString(), null, Map.of(), Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nonStreamingCallSendsTheRequestAndReadsTheAnswer() throws Exception {
        server.enqueue(body(200, "application/json; charset=utf-8", "response.json"));

        ChatResponse response = chat(false, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Billing. The customer was charged twice.");
        assertThat(response.usage()).isEqualTo(new Usage(31, 9, 0, 0, 0, false));
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/api/chat");
        assertThat(sent.getHeaders().get("Authorization")).isNull();
        var json = new ObjectMapper().readTree(sent.getBody().utf8());
        assertThat(json.get("stream").asBoolean()).isFalse();
        assertThat(json.at("/options/num_predict").asInt()).isEqualTo(64);
    }

    @Test
    void streamingCallDeliversTextInPieces() {
        server.enqueue(body(200, NDJSON, "stream-basic.ndjson"));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = chat(true, deltas::add, new CancelSignal());

        assertThat(deltas).containsExactly("Bill", "ing", ". The customer", " was charged twice.");
        assertThat(response.ok()).isTrue();
        assertThat(response.finishReason()).isEqualTo("stop");
    }

    @Test
    void structuredOutputSendsTheSchemaTreeAndStreamsTheJsonAnswerAsText() throws Exception {
        server.enqueue(body(200, NDJSON, "stream-json.ndjson"));
        String invoice = FIXTURES.read("schema-invoice.json");
        ChatRequest extraction = new ChatRequest("llama3.2", List.of(ChatMessage.user("Extract the invoice.")),
                ModelParams.NONE, new ResponseFormat("invoice", invoice));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = transport.chat(format, endpoint, extraction, true, FAST, deltas::add, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(deltas).hasSize(3);
        assertThat(response.text()).isEqualTo(String.join("", deltas));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(response.text()).at("/vendor/name").asText()).isEqualTo("Acme GmbH");
        assertThat(json.readTree(server.takeRequest().getBody().utf8()).get("format")).isEqualTo(json.readTree(invoice));
    }

    @Test
    void aSchemaThatIsNotJsonFailsTheCellAsConfigurationWithoutACall() {
        ChatRequest broken = new ChatRequest("llama3.2", List.of(ChatMessage.user("Extract the invoice.")),
                ModelParams.NONE, new ResponseFormat("invoice", "{\"type\": "));

        ChatResponse response = transport.chat(format, endpoint, broken, true, FAST, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.CONFIG);
        assertThat(response.error().message()).startsWith("The response schema 'invoice' is not valid JSON");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void rateLimitWithRetryAfterIsRetried() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"error\":\"too many requests\"}").build());
        server.enqueue(body(200, NDJSON, "stream-basic.ndjson"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void authAndMissingModelAreNotRetried() {
        server.enqueue(body(401, "application/json", "error-401.json"));
        assertThat(chat(true, d -> { }, new CancelSignal()).error().kind()).isEqualTo(Kind.AUTH);
        server.enqueue(body(404, "application/json", "error-404-model.json"));
        ChatResponse missing = chat(true, d -> { }, new CancelSignal());
        assertThat(missing.error().kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(missing.error().message()).contains("try pulling it first");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void aBusyServerIsRetried() {
        server.enqueue(body(503, "application/json", "error-503-busy.json"));
        server.enqueue(body(200, NDJSON, "stream-basic.ndjson"));

        assertThat(chat(true, d -> { }, new CancelSignal()).ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void anErrorLineAfter200KeepsThePartialText() {
        server.enqueue(body(200, NDJSON, "stream-error-after-200.ndjson"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.text()).isEqualTo("Billing. The");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStreamEndingWithoutDoneIsCutKeepingTheText() {
        server.enqueue(body(200, NDJSON, "stream-cut.ndjson"));

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.text()).isEqualTo("Billing. The customer");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionLostMidBodyIsCutKeepingTheText() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", NDJSON)
                .body(FIXTURES.read("stream-basic.ndjson")).onResponseBody(new SocketEffect.CloseSocket()).build());

        ChatResponse response = chat(true, d -> { }, new CancelSignal());

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.text()).startsWith("Bill");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSlowStreamIsCancelledAtOnce() throws Exception {
        List<String> lines = FIXTURES.ndjsonLines("stream-basic.ndjson");
        String slowBody = lines.get(0) + "\n" + (lines.get(1) + "\n").repeat(100) + lines.get(lines.size() - 1) + "\n";
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", NDJSON)
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
        server.enqueue(body(200, "application/json; charset=utf-8", "tags.json"));

        HttpTransport.ModelList list = transport.models(format, endpoint, FAST);

        assertThat(list.models()).containsExactly("llama3.2:latest", "codellama:13b");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getTarget()).isEqualTo("/api/tags");
    }

    private ChatResponse chat(boolean stream, StreamListener listener, CancelSignal cancel) {
        return transport.chat(format, endpoint, request, stream, FAST, listener, cancel);
    }

    private static MockResponse body(int code, String contentType, String fixture) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", contentType)
                .body(FIXTURES.read(fixture)).build();
    }
}
