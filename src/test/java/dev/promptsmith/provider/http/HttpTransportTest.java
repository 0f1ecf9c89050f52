package dev.promptsmith.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Secret;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared transport against a loopback server: streaming, retries and their waits, faults, cancel. */
class HttpTransportTest {

    private static final String KEY = "sk-test-0123456789abcdef";
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(20));

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recording = (duration, cancel) -> waits.add(duration);
    private final ChatRequest request = new ChatRequest("m", List.of(ChatMessage.user("hi")), ModelParams.NONE);
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
    void streamsTextToTheListenerAsItArrives() {
        server.enqueue(sse("data: {\"t\":\"Hel\"}\n\ndata: {\"t\":\"lo\"}\n\ndata: [DONE]\n\n"));
        List<String> deltas = new CopyOnWriteArrayList<>();

        ChatResponse response = transport(RetryPolicy.DEFAULT).chat(new FakeWireFormat(), endpoint, request, true, FAST,
                deltas::add, new CancelSignal());

        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("Hello");
        assertThat(deltas).containsExactly("Hel", "lo");
        assertThat(response.usage().inputTokens()).isEqualTo(3);
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.timeToFirstToken()).isLessThanOrEqualTo(response.latency());
    }

    @Test
    void sseCommentsMultiLineDataAndAMissingFinalBlankLineAreHandled() {
        server.enqueue(sse(": keep-alive\n\nevent: delta\ndata: {\"t\":\ndata: \"a\"}\n\ndata: [DONE]"));
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(response.ok()).isTrue();
        assertThat(response.text()).isEqualTo("a");
    }

    @Test
    void rateLimitIsRetriedAfterTheSecondsTheServerAsks() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "2").body("{\"message\":\"slow down\"}").build());
        server.enqueue(sse("data: {\"t\":\"ok\"}\n\ndata: [DONE]\n\n"));

        ChatResponse response = chat(RetryPolicy.DEFAULT);

        assertThat(response.ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("retry-after-ms", "350")
                .addHeader("retry-after", "9").body("{\"message\":\"busy\"}").build());
        server.enqueue(sse("data: {\"t\":\"ok\"}\n\ndata: [DONE]\n\n"));
        chat(RetryPolicy.DEFAULT);
        assertThat(waits).containsExactly(Duration.ofMillis(350));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(5));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", inFiveSeconds).body("{\"message\":\"x\"}").build());
        server.enqueue(sse("data: {\"t\":\"ok\"}\n\ndata: [DONE]\n\n"));
        chat(RetryPolicy.DEFAULT);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Test
    void serverErrorsBackOffExponentiallyUpToTheAttemptLimit() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"unavailable\"}").build());
        }
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(100), Duration.ofSeconds(8), 0.25);

        ChatResponse response = chat(policy);

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.SERVER);
        assertThat(response.error().message()).isEqualTo("unavailable");
        // random() is 0 in these tests, so no jitter: 100 ms, then 200 ms.
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void authErrorsAreNotRetried() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"bad key\"}").build());
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.AUTH);
        assertThat(waits).isEmpty();
    }

    @Test
    void xShouldRetryOverridesTheStatus() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("x-should-retry", "false").body("{\"message\":\"no\"}").build());
        assertThat(chat(RetryPolicy.DEFAULT).ok()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);

        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-should-retry", "true").body("{\"message\":\"try again\"}").build());
        server.enqueue(sse("data: {\"t\":\"ok\"}\n\ndata: [DONE]\n\n"));
        assertThat(chat(RetryPolicy.DEFAULT).ok()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aWaitLongerThanTheBudgetIsNotAttempted() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "600").body("{\"message\":\"later\"}").build());
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.SERVER);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void errorEventAfter200KeepsThePartialTextAndIsNotRetriedOnceTextArrived() {
        server.enqueue(sse("data: {\"t\":\"partial \"}\n\ndata: {\"error\":\"Overloaded\",\"retry\":true}\n\n"));
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.STREAM_ERROR);
        assertThat(response.error().message()).isEqualTo("Overloaded");
        assertThat(response.text()).isEqualTo("partial ");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void errorEventBeforeAnyTextIsRetriedWhenRetryable() {
        server.enqueue(sse("data: {\"error\":\"Overloaded\",\"retry\":true}\n\n"));
        server.enqueue(sse("data: {\"t\":\"ok\"}\n\ndata: [DONE]\n\n"));
        assertThat(chat(RetryPolicy.DEFAULT).text()).isEqualTo("ok");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void streamCutInTheMiddleKeepsThePartialText() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body("data: {\"t\":\"half an ans\"}\n\n")
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.STREAM_CUT);
        assertThat(response.text()).isEqualTo("half an ans");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedEventIsAClearErrorKeepingTheText() {
        server.enqueue(sse("data: {\"t\":\"ok \"}\n\ndata: {not json\n\n"));
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.MALFORMED_RESPONSE);
        assertThat(response.error().message()).contains("{not json");
        assertThat(response.text()).isEqualTo("ok ");
    }

    @Test
    void htmlErrorPageFromAProxyIsReportedAndRetried() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head></html>").build());
        server.enqueue(sse("data: {\"t\":\"ok\"}\n\ndata: [DONE]\n\n"));
        assertThat(chat(RetryPolicy.DEFAULT).text()).isEqualTo("ok");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void stalledStreamTimesOutAfterTheIdleTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body("data: {\"t\":\"never\"}\n\n").onResponseBody(SocketEffect.Stall.INSTANCE).build());
        ChatResponse response = chat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(1), 0));
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.TIMEOUT);
        assertThat(response.error().message()).contains("stalled");
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterTheIdleTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                .body("data: [DONE]\n\n").build());
        long start = System.nanoTime();

        ChatResponse response = chat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(1), 0));

        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.TIMEOUT);
        assertThat(response.error().message()).contains("no response within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void connectionRefusedIsANetworkErrorAfterRetries() throws Exception {
        server.close();
        RetryPolicy twice = new RetryPolicy(2, Duration.ofSeconds(60), Duration.ofMillis(10), Duration.ofSeconds(1), 0);
        ChatResponse response = chat(twice);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.NETWORK);
        assertThat(waits).hasSize(1);
    }

    @Test
    void cancellingDuringASlowStreamReturnsAtOnceAndLeavesNoCallRunning() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body("data: {\"t\":\"a\"}\n\n" + "data: {\"t\":\"b\"}\n\n".repeat(200) + "data: [DONE]\n\n")
                .throttleBody(16, 100, TimeUnit.MILLISECONDS).build());
        CancelSignal cancel = new CancelSignal();
        CountDownLatch firstText = new CountDownLatch(1);
        HttpTransport transport = transport(RetryPolicy.DEFAULT);
        Timeouts patient = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(60));
        CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(() -> transport.chat(new FakeWireFormat(),
                endpoint, request, true, patient, d -> firstText.countDown(), cancel));
        assertThat(firstText.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        cancel.cancel();
        ChatResponse response = call.get(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(200);
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.CANCELLED);
        assertThat(response.text()).startsWith("a");
        assertThat(client.dispatcher().runningCallsCount()).isZero();
    }

    @Test
    void theKeyNeverAppearsInAnErrorMessageEvenWhenTheServerEchoesIt() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"Incorrect API key provided: " + KEY + "\"}").build());
        ChatResponse response = chat(RetryPolicy.DEFAULT);
        assertThat(response.error().message()).doesNotContain(KEY).contains("[redacted]");
    }

    @Test
    void modelListIsReadOrItsErrorReported() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"models\":\"a,b\"}").build());
        assertThat(transport(RetryPolicy.DEFAULT).models(new FakeWireFormat(), endpoint, FAST).models()).containsExactly("a", "b");
        server.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"no\"}").build());
        assertThat(transport(RetryPolicy.DEFAULT).models(new FakeWireFormat(), endpoint, FAST).error().kind())
                .isEqualTo(ProviderError.Kind.AUTH);
    }

    @Test
    void aBaseUrlThatIsNotAUrlIsASettingToFixAndNoCallIsMade() {
        Endpoint broken = new Endpoint("localhost:11434/v1", Secret.of(KEY), Map.of(), Map.of());

        ChatResponse response = transport(RetryPolicy.DEFAULT).chat(new FakeWireFormat(), broken, request, true, FAST,
                d -> { }, new CancelSignal());

        assertThat(response.ok()).isFalse();
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.CONFIG);
        assertThat(response.error().message()).contains("localhost:11434");
        assertThat(server.getRequestCount()).isZero();
    }

    private ChatResponse chat(RetryPolicy policy) {
        return transport(policy).chat(new FakeWireFormat(), endpoint, request, true, FAST, d -> { }, new CancelSignal());
    }

    private HttpTransport transport(RetryPolicy policy) {
        return new HttpTransport(client, policy, recording, java.time.Clock.systemUTC(), () -> 0.0);
    }

    private static MockResponse sse(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
    }
}
