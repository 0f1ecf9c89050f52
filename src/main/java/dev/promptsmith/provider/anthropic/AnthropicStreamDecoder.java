package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.StreamSink;

/**
 * Reads one Messages API stream: SSE events {@code message_start}, {@code content_block_start|delta|stop},
 * {@code message_delta}, {@code message_stop} (the end marker), {@code ping} and {@code error}
 * (reference §1.3, "Streaming"). Only {@code text_delta}s make the answer; thinking, tool-input,
 * signature and citation deltas, and event types added later, are passed over.
 */
final class AnthropicStreamDecoder implements StreamDecoder {

    private final ObjectMapper mapper;
    private final StringBuilder text = new StringBuilder();
    private final UsageTally usage = new UsageTally();
    private boolean finalUsage;
    private String stopReason;
    private boolean stopped;
    private ProviderError error;

    AnthropicStreamDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean onEvent(String event, String data, StreamSink sink) throws MalformedResponseException {
        if ("ping".equals(event)) {
            return true;
        }
        JsonNode json = AnthropicJson.object(mapper, data,
                "the data of stream event '" + (event == null ? "(unnamed)" : event) + "'");
        // The event name and the payload's type agree; a proxy that drops "event:" lines leaves the type.
        String type = event != null ? event : AnthropicJson.text(json, "type");
        if (type == null) {
            return true;
        }
        switch (type) {
            case "message_start" -> usage.apply(json.path("message").path("usage"));
            case "content_block_start" -> emit(AnthropicJson.text(json.path("content_block"), "text"), sink);
            case "content_block_delta" -> onDelta(json.path("delta"), sink);
            case "message_delta" -> onMessageDelta(json);
            case "message_stop" -> stopped = true;
            case "error" -> error = AnthropicErrorClassifier.after200(AnthropicErrorBody.read(json));
            default -> {
                // content_block_stop, ping without a name, and event types newer than this code
            }
        }
        return !stopped && error == null;
    }

    @Override
    public DecodedResponse finish(boolean complete) {
        if (error != null) {
            return new DecodedResponse(text.toString(), usageOrNull(), stopReason, error);
        }
        if (!complete || !stopped) {
            ProviderError cut = new ProviderError(ProviderError.Kind.STREAM_CUT, 200,
                    "The stream ended before message_stop; kept the " + text.length() + " characters received",
                    true);
            return new DecodedResponse(text.toString(), usageOrNull(), stopReason, cut);
        }
        return new DecodedResponse(text.toString(), usageOrNull(), stopReason, null);
    }

    private void onDelta(JsonNode delta, StreamSink sink) {
        if ("text_delta".equals(AnthropicJson.text(delta, "type"))) {
            emit(AnthropicJson.text(delta, "text"), sink);
        }
    }

    private void onMessageDelta(JsonNode json) {
        String reason = AnthropicJson.text(json.path("delta"), "stop_reason");
        if (reason != null) {
            stopReason = reason;
        }
        if (json.path("usage").isObject()) {
            usage.apply(json.path("usage"));
            finalUsage = true;
        }
    }

    private void emit(String delta, StreamSink sink) {
        if (delta != null && !delta.isEmpty()) {
            text.append(delta);
            sink.text(delta);
        }
    }

    /**
     * {@code message_start} knows the input counts but only a provisional {@code output_tokens}; the
     * final count comes with {@code message_delta}. Without it (a cut stream, an error before the end)
     * the numbers would understate the answer, so the decoder reports none and the transport estimates
     * (reference §1.3: "If the stream is aborted before message_delta … you must estimate"). A stream
     * that did reach {@code message_stop} without a usage-bearing delta (a lax compatible server) gives
     * what it sent.
     */
    private Usage usageOrNull() {
        return finalUsage || stopped ? usage.toUsage() : null;
    }
}
