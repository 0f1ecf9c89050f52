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

    HttpTransport.Outcome run(OkHttpClient client, Request request, boolean stream, AtomicReference<Call> current) {
        Call call = client.newCall(request);
        current.set(call);
        if (cancel.isCancelled()) {
            call.cancel();
        }
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                return failedStatus(response);
            }
            // A proxy's HTML page with status 200 is not a stream, whatever was asked for.
            boolean streaming = stream && !response.header("Content-Type", "").contains("text/html");
            return streaming ? readStream(response) : readWhole(response);
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                return done(cancelled());
            }
            ProviderError error = HttpTransport.IoErrors.classify(e, streamedText());
            return new HttpTransport.Outcome(failed(error), error.retryable(), -1);
        }
    }

    private HttpTransport.Outcome failedStatus(Response response) throws IOException {
        Map<String, List<String>> headers = response.headers().toMultimap();
        String body = HttpRequests.bodyText(response);
        WireFormat.ErrorReport report = format.classifyError(response.code(), headers, body);
        boolean retry = RetryAfter.shouldRetry(headers).orElse(report.error().retryable());
        long headerWait = RetryAfter.millis(headers, Instant.now());
        long wait = Math.max(headerWait, report.retryAfterMillis());
        return new HttpTransport.Outcome(failed(report.error()), retry, wait);
    }

    private HttpTransport.Outcome readWhole(Response response) throws IOException {
        String body = HttpRequests.bodyText(response);
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

    private HttpTransport.Outcome readStream(Response response) throws IOException {
        StreamDecoder decoder = format.newStreamDecoder();
        EventReader events = new EventReader(response.body().source(), format.framing());
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
            if (cancel.isCancelled()) {
                return done(cancelled());
            }
            ProviderError error = HttpTransport.IoErrors.classify(e, true);
            return new HttpTransport.Outcome(failed(error), error.retryable(), -1);
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
