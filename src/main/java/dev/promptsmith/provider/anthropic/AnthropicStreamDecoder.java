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
 * signature and citation deltas, and event types added later, are passed over. The one exception is a
 * structured-output answer: once the {@link AnswerTool}'s block starts, its input JSON ({@link AnswerStream})
 * is the answer and later text is passed over too. With {@code tool_choice} forcing a tool the API
 * prefills the turn and sends no text before the tool (Anthropic's tool-use guide), so the sink sees
 * only the JSON.
 */
final class AnthropicStreamDecoder implements StreamDecoder {

    private final ObjectMapper mapper;
    private final StringBuilder text = new StringBuilder();
    private final UsageTally usage = new UsageTally();
    private AnswerStream answer;
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
            case "content_block_start" -> onBlockStart(json, sink);
            case "content_block_delta" -> onDelta(json, sink);
            case "content_block_stop" -> onBlockStop(json, sink);
            case "message_delta" -> onMessageDelta(json);
            case "message_stop" -> onMessageStop(sink);
            case "error" -> error = AnthropicErrorClassifier.after200(AnthropicErrorBody.read(json));
            default -> {
                // ping without a name, and event types newer than this code
            }
        }
        return !stopped && error == null;
    }

    @Override
    public DecodedResponse finish(boolean complete) {
        String answerText = answer != null ? answer.text() : text.toString();
        if (error != null) {
            return new DecodedResponse(answerText, usageOrNull(), stopReason, error);
        }
        if (!complete || !stopped) {
            ProviderError cut = new ProviderError(ProviderError.Kind.STREAM_CUT, 200,
                    "The stream ended before message_stop; kept the " + answerText.length() + " characters received",
                    true);
            return new DecodedResponse(answerText, usageOrNull(), stopReason, cut);
        }
        return new DecodedResponse(answerText, usageOrNull(), stopReason, null);
    }

    private void onBlockStart(JsonNode json, StreamSink sink) {
        if (answer != null) {
            return;
        }
        answer = AnswerStream.startedBy(mapper, json);
        if (answer == null) {
            emit(AnthropicJson.text(json.path("content_block"), "text"), sink);
        }
    }

    private void onDelta(JsonNode json, StreamSink sink) {
        JsonNode delta = json.path("delta");
        String type = AnthropicJson.text(delta, "type");
        if ("text_delta".equals(type) && answer == null) {
            emit(AnthropicJson.text(delta, "text"), sink);
        } else if ("input_json_delta".equals(type) && answer != null && answer.owns(json)) {
            answer.onDelta(delta, sink);
        }
    }

    private void onBlockStop(JsonNode json, StreamSink sink) {
        if (answer != null && answer.owns(json)) {
            answer.onStop(sink);
        }
    }

    /** The end marker also ends an answer block whose content_block_stop a lax server left out. */
    private void onMessageStop(StreamSink sink) {
        stopped = true;
        if (answer != null) {
            answer.onStop(sink);
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
