package dev.promptsmith.provider.http;

import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.StreamListener;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * One HTTP attempt of a chat call and what it gave. Keeps the text streamed so far across
 * attempts, so a failure after text arrived reports that text and is not retried.
 */
final class ChatAttempt {

    private final WireFormat format;
    private final StreamListener listener;
    private final CancelSignal cancel;
    private final long startNanos;
    private final StringBuilder streamed = new StringBuilder();
    private Duration firstToken;

    ChatAttempt(WireFormat format, StreamListener listener, CancelSignal cancel, long startNanos) {
        this.format = format;
        this.listener = listener;
        this.cancel = cancel;
        this.startNanos = startNanos;
    }

    boolean streamedText() {
        return streamed.length() > 0;
    }

    ChatResponse cancelled() {
        return ChatResponse.failed(ProviderError.cancelled(), streamed.toString(), elapsed());
    }

    HttpTransport.Outcome run(OkHttpClient client, Request request, boolean stream, AtomicReference<Call> current,
                              CallDeadlines.Watch limits) {
        Call call = client.newCall(request);
        current.set(call);
        if (cancel.isCancelled()) {
            call.cancel();
        }
        limits.attach(call);
        try (Response response = call.execute()) {
            limits.touch();
            BufferedSource body = touching(response.body().source(), limits);
            if (!response.isSuccessful()) {
                return failedStatus(response, body);
            }
            // A proxy's HTML page with status 200 is not a stream, whatever was asked for.
            boolean streaming = stream && !response.header("Content-Type", "").contains("text/html");
            return streaming ? readStream(body, limits) : readWhole(response, body);
        } catch (IOException e) {
            return ioFailure(e, streamedText(), limits);
        } finally {
            limits.detach();
        }
    }

    /** Reads through {@code source}, telling {@code limits} whenever bytes arrive. */
    private static BufferedSource touching(BufferedSource source, CallDeadlines.Watch limits) {
        return Okio.buffer(new ForwardingSource(source) {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long read = super.read(sink, byteCount);
                if (read > 0) {
                    limits.touch();
                }
                return read;
            }
        });
    }

    /** A failed read or write: the user's cancel, a limit the sweeper enforced, or the network's fault. */
    private HttpTransport.Outcome ioFailure(IOException e, boolean midStream, CallDeadlines.Watch limits) {
        if (cancel.isCancelled()) {
            return done(cancelled());
        }
        ProviderError error = limits.expired() == null ? HttpTransport.IoErrors.classify(e, midStream)
                : timedOut(limits, midStream);
        return new HttpTransport.Outcome(failed(error), error.retryable(), -1);
    }

    private static ProviderError timedOut(CallDeadlines.Watch limits, boolean midStream) {
        if (limits.expired() == CallDeadlines.Expiry.TOTAL) {
            // No time is left for another attempt.
            return new ProviderError(ProviderError.Kind.TIMEOUT, 0, "The call took longer than its total timeout", false);
        }
        long millis = limits.idleLimit().toMillis();
        String limit = millis < 1000 ? millis + " ms" : Math.round(millis / 1000.0) + " s";
        return new ProviderError(ProviderError.Kind.TIMEOUT, 0, midStream
                ? "The stream stalled: no data for " + limit + " (the stream-idle timeout)"
                : "Timed out: no response within " + limit + " (the stream-idle timeout)", true);
    }

    private HttpTransport.Outcome failedStatus(Response response, BufferedSource source) throws IOException {
        Map<String, List<String>> headers = response.headers().toMultimap();
        String body = HttpRequests.bodyText(source);
        WireFormat.ErrorReport report = format.classifyError(response.code(), headers, body);
        boolean retry = RetryAfter.shouldRetry(headers).orElse(report.error().retryable());
        long headerWait = RetryAfter.millis(headers, Instant.now());
        long wait = Math.max(headerWait, report.retryAfterMillis());
        return new HttpTransport.Outcome(failed(report.error()), retry, wait);
    }

    private HttpTransport.Outcome readWhole(Response response, BufferedSource source) throws IOException {
        String body = HttpRequests.bodyText(source);
        try {
            DecodedResponse decoded = format.decodeResponse(body);
            if (decoded.text() != null && !decoded.text().isEmpty()) {
                deliver(decoded.text());
            }
            return done(decoded);
        } catch (MalformedResponseException e) {
            return done(failed(new ProviderError(ProviderError.Kind.MALFORMED_RESPONSE, response.code(), e.getMessage(), false)));
        }
    }

    private HttpTransport.Outcome readStream(BufferedSource source, CallDeadlines.Watch limits) throws IOException {
        StreamDecoder decoder = format.newStreamDecoder();
        EventReader events = new EventReader(source, format.framing());
        boolean complete = false;
        try {
            EventReader.Event event;
            while ((event = events.next()) != null) {
                if (!decoder.onEvent(event.name(), event.data(), this::deliver)) {
                    complete = true;
                    break;
                }
            }
        } catch (MalformedResponseException e) {
            return done(failed(new ProviderError(ProviderError.Kind.MALFORMED_RESPONSE, 200, e.getMessage(), false)));
        } catch (IOException e) {
            return ioFailure(e, true, limits);
        }
        DecodedResponse decoded = decoder.finish(complete);
        boolean retry = decoded.error() != null && decoded.error().retryable();
        return new HttpTransport.Outcome(toResponse(decoded), retry, -1);
    }

    private void deliver(String delta) {
        if (firstToken == null) {
            firstToken = elapsed();
        }
        streamed.append(delta);
        listener.onText(delta);
    }

    private HttpTransport.Outcome done(DecodedResponse decoded) {
        return done(toResponse(decoded));
    }

    private HttpTransport.Outcome done(ChatResponse response) {
        return new HttpTransport.Outcome(response, false, -1);
    }

    private ChatResponse toResponse(DecodedResponse decoded) {
        // The decoder's text wins: it is the whole answer even where deltas were trimmed or merged.
        String text = decoded.text() != null ? decoded.text() : streamed.toString();
        return new ChatResponse(text, decoded.usage(), decoded.finishReason(), elapsed(),
                firstToken == null ? elapsed() : firstToken, decoded.error());
    }

    private ChatResponse failed(ProviderError error) {
        return ChatResponse.failed(error, streamed.toString(), elapsed());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
