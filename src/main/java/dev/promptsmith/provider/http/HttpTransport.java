package dev.promptsmith.provider.http;

import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.StreamListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Calls a chat API for any {@link WireFormat}: sends the request, streams or reads the answer, and
 * retries what is worth retrying — connection faults, 408, 409, 429, 5xx, 529, and whatever the
 * server marks with {@code x-should-retry: true} — waiting as the server asks ({@code retry-after-ms},
 * {@code retry-after}, a wait in the error body) or with exponential backoff. Never retries once text
 * has reached the listener, since it cannot be taken back. Every failure comes back as data; the API
 * key is cut out of every message. Thread-safe; one instance serves all providers.
 *
 * <p>{@link ChatResponse#usage()} is null when the server reported none; the caller estimates it.
 */
public final class HttpTransport {

    private final OkHttpClient client;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Map<Timeouts, OkHttpClient> clients = new ConcurrentHashMap<>();
    private final Map<Duration, OkHttpClient> chatClients = new ConcurrentHashMap<>();
    private final ParsedUrls urls;
    private final CallDeadlines deadlines;

    public HttpTransport(OkHttpClient client, RetryPolicy policy, Sleeper sleeper) {
        this(client, policy, sleeper, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    HttpTransport(OkHttpClient client, RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
        this(client, policy, sleeper, clock, random, new ParsedUrls(), new CallDeadlines());
    }

    private HttpTransport(OkHttpClient client, RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random,
                          ParsedUrls urls, CallDeadlines deadlines) {
        this.client = client;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.urls = urls;
        this.deadlines = deadlines;
    }

    /** The same transport (client, clock, sleeper) with another retry policy, e.g. a provider entry's own. */
    public HttpTransport withPolicy(RetryPolicy other) {
        return other.equals(policy) ? this : new HttpTransport(client, other, sleeper, clock, random, urls, deadlines);
    }

    public RetryPolicy policy() {
        return policy;
    }

    public ChatResponse chat(WireFormat format, Endpoint endpoint, ChatRequest request, boolean stream,
                             Timeouts timeouts, StreamListener listener, CancelSignal cancel) {
        Redactor redactor = new Redactor(endpoint.apiKey());
        HttpRequestSpec spec;
        try {
            spec = format.chatRequest(endpoint, request, stream);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // A bad endpoint option (e.g. an unknown auth style) is a setting to fix, not a crash.
            return configError(redactor, e.getMessage());
        }
        try {
            urls.get(spec.url());
        } catch (IllegalArgumentException e) {
            return configError(redactor, "The provider's URL '" + spec.url() + "' cannot be called: " + e.getMessage());
        }
        AtomicReference<Call> current = new AtomicReference<>();
        try (CancelSignal.Registration hook = cancel.onCancel(() -> {
            Call call = current.get();
            if (call != null) {
                call.cancel();
            }
        })) {
            try (CallDeadlines.Watch limits = deadlines.watch(timeouts)) {
                return attempts(format, spec, stream, timeouts, listener, cancel, redactor, current, limits);
            }
        }
    }

    private static ChatResponse configError(Redactor redactor, String message) {
        return redactor.redact(ChatResponse.failed(new ProviderError(ProviderError.Kind.CONFIG, 0, message, false), "",
                Duration.ZERO));
    }

    private ChatResponse attempts(WireFormat format, HttpRequestSpec spec, boolean stream, Timeouts timeouts,
                                  StreamListener listener, CancelSignal cancel, Redactor redactor,
                                  AtomicReference<Call> current, CallDeadlines.Watch limits) {
        OkHttpClient connecting = connectLimited(timeouts);
        long start = System.nanoTime();
        long waited = 0;
        ChatAttempt attempt = new ChatAttempt(format, listener, cancel, start);
        for (int number = 1; ; number++) {
            if (cancel.isCancelled()) {
                return attempt.cancelled();
            }
            Outcome outcome = attempt.run(connecting, HttpRequests.build(spec, urls), stream, current, limits);
            boolean last = number >= policy.maxAttempts() || attempt.streamedText();
            if (!outcome.retry() || last) {
                return redactor.redact(outcome.response());
            }
            long wait = outcome.serverWaitMillis() >= 0 ? outcome.serverWaitMillis()
                    : policy.backoff(number, random.getAsDouble()).toMillis();
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (waited + wait > policy.maxTotalWait().toMillis() || elapsed + wait > timeouts.total().toMillis()) {
                return redactor.redact(outcome.response());
            }
            waited += wait;
            if (!sleeper.sleep(Duration.ofMillis(wait), cancel)) {
                return attempt.cancelled();
            }
        }
    }

    /** Lists the endpoint's models; one attempt, no retries (the user is waiting on a dialog). */
    public ModelList models(WireFormat format, Endpoint endpoint, Timeouts timeouts) {
        HttpRequestSpec spec = format.modelsRequest(endpoint);
        if (spec == null) {
            return new ModelList(List.of(), null, false);
        }
        Redactor redactor = new Redactor(endpoint.apiKey());
        try (Response response = withTimeouts(timeouts).newCall(HttpRequests.build(spec, urls)).execute()) {
            String body = HttpRequests.bodyText(response);
            if (!response.isSuccessful()) {
                ProviderError error = format.classifyError(response.code(), response.headers().toMultimap(), body).error();
                return new ModelList(List.of(), redactor.redact(error), true);
            }
            return new ModelList(format.decodeModels(body), null, true);
        } catch (MalformedResponseException e) {
            return new ModelList(List.of(), redactor.redact(
                    new ProviderError(ProviderError.Kind.MALFORMED_RESPONSE, 200, e.getMessage(), false)), true);
        } catch (IOException e) {
            return new ModelList(List.of(), redactor.redact(IoErrors.classify(e, false)), true);
        }
    }

    /**
     * Model names, or the error that kept us from getting them.
     *
     * @param offered false when the endpoint has no model list at all (an Azure deployment fixes its model)
     */
    public record ModelList(List<String> models, ProviderError error, boolean offered) {
    }

    private OkHttpClient withTimeouts(Timeouts timeouts) {
        // One client per set of limits (there are few), sharing the connection pool and dispatcher.
        return clients.computeIfAbsent(timeouts, t -> client.newBuilder()
                .connectTimeout(t.connect())
                .readTimeout(t.streamIdle())
                .callTimeout(t.total())
                .build());
    }

    /**
     * For chat calls: OkHttp enforces only the connect limit; {@link CallDeadlines} the others, without
     * a watchdog entry per socket read (see there).
     */
    private OkHttpClient connectLimited(Timeouts timeouts) {
        return chatClients.computeIfAbsent(timeouts.connect(), connect -> client.newBuilder()
                .connectTimeout(connect)
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .callTimeout(Duration.ZERO)
                .build());
    }

    /** What one attempt gave, and whether another is worth making. */
    record Outcome(ChatResponse response, boolean retry, long serverWaitMillis) {
    }

    /** Turns I/O failures into errors: timeouts and network faults are worth a retry. */
    static final class IoErrors {

        private IoErrors() {
        }

        static ProviderError classify(IOException e, boolean midStream) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof SocketTimeoutException) {
                return new ProviderError(ProviderError.Kind.TIMEOUT, 0, midStream
                        ? "The stream stalled: no data within the idle timeout (" + detail + ")"
                        : "Timed out: " + detail, true);
            }
            if (e instanceof InterruptedIOException) {
                return new ProviderError(ProviderError.Kind.TIMEOUT, 0, "The call took longer than its total timeout", true);
            }
            return new ProviderError(midStream ? ProviderError.Kind.STREAM_CUT : ProviderError.Kind.NETWORK, 0,
                    (midStream ? "The connection broke during the stream: " : "Could not reach the server: ") + detail,
                    true);
        }
    }
}
