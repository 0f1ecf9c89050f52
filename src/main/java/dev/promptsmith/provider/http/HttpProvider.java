package dev.promptsmith.provider.http;

import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.tokens.TokenCounter;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A provider entry reached over HTTP: a wire format, an endpoint, and a limit on calls in flight.
 * Fills in a local token estimate, flagged as such, when the server reports no usage.
 */
public final class HttpProvider implements Provider {

    private final String id;
    private final WireFormat format;
    private final Endpoint endpoint;
    private final HttpTransport transport;
    private final TokenCounter tokens;
    private final Timeouts timeouts;
    private final Semaphore slots;
    private final MinuteRateLimiter rateLimiter;

    public HttpProvider(String id, WireFormat format, Endpoint endpoint, HttpTransport transport, TokenCounter tokens,
                        Timeouts timeouts, int maxConcurrentCalls, MinuteRateLimiter rateLimiter) {
        this.id = id;
        this.format = format;
        this.endpoint = endpoint;
        this.transport = transport;
        this.tokens = tokens;
        this.timeouts = timeouts;
        this.slots = new Semaphore(Math.max(1, maxConcurrentCalls), true);
        this.rateLimiter = rateLimiter;
    }

    @Override
    public String id() {
        return id;
    }

    public WireFormat format() {
        return format;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public ChatResponse complete(ChatRequest request, StreamListener listener, CancelSignal cancel) {
        if (!acquire(cancel)) {
            return ChatResponse.failed(ProviderError.cancelled(), "", Duration.ZERO);
        }
        try {
            if (!rateLimiter.isUnlimited() && !rateLimiter.acquire(requestSize(request), cancel)) {
                return ChatResponse.failed(ProviderError.cancelled(), "", Duration.ZERO);
            }
            ChatResponse response = transport.chat(format, endpoint, request, true, timeouts.withTotal(request.timeout()),
                    listener, cancel);
            return response.usage() != null ? response : withEstimate(request, response);
        } finally {
            slots.release();
        }
    }

    /** Lists the models the endpoint offers, for the model picker and "Test connection". */
    public HttpTransport.ModelList models() {
        return transport.models(format, endpoint, timeouts);
    }

    private boolean acquire(CancelSignal cancel) {
        try {
            // Poll so a cancelled run does not wait behind a long queue of calls.
            while (!slots.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    return false;
                }
            }
            return !cancel.isCancelled() || releaseAndFail();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean releaseAndFail() {
        slots.release();
        return false;
    }

    /** Input plus the most output the request allows: what a tokens-per-minute limit counts. */
    private int requestSize(ChatRequest request) {
        int input = tokens.count(id, request.model(), request.messages()).tokens();
        Integer max = request.params().maxTokens();
        return input + (max == null ? 0 : max);
    }

    private ChatResponse withEstimate(ChatRequest request, ChatResponse response) {
        int input = tokens.count(id, request.model(), request.messages()).tokens();
        int output = response.text() == null ? 0 : tokens.countText(id, request.model(), response.text()).tokens();
        return new ChatResponse(response.text(), Usage.estimated(input, output), response.finishReason(),
                response.latency(), response.timeToFirstToken(), response.error());
    }
}
