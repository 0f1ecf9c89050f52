package dev.promptsmith.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.StreamSink;
import java.util.Optional;

/**
 * Reads one Chat Completions stream: {@code data:} chunks until {@code data: [DONE]}, text from
 * {@code choices[0].delta.content} (or {@code delta.refusal} when the model refuses), usage from the
 * {@code choices: []} usage chunk (or llama.cpp's {@code timings}), and an {@code error} object as a
 * stream error.
 */
final class OpenAiStreamDecoder implements StreamDecoder {

    private static final String END_MARKER = "[DONE]";
    private static final String EXPECTED = "a chat.completion.chunk JSON object";

    private final OpenAiJson json;
    private final OpenAiErrorClassifier errors;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder refusal = new StringBuilder();
    private String finishReason;
    private Usage reported;
    private Usage timed;
    private ProviderError error;

    OpenAiStreamDecoder(OpenAiJson json, OpenAiErrorClassifier errors) {
        this.json = json;
        this.errors = errors;
    }

    @Override
    public boolean onEvent(String event, String data, StreamSink sink) throws MalformedResponseException {
        String payload = data == null ? "" : data.strip();
        if (payload.isEmpty()) {
            return true;
        }
        if (payload.equals(END_MARKER)) {
            return false;
        }
        if ("error".equals(event)) {
            // OpenAI sends no event names, but proxies in front of it sometimes do.
            error = errors.inSuccess(json.objectIfAny(payload).flatMap(OpenAiErrorBody::from)
                    .orElseGet(() -> new OpenAiErrorBody(ErrorBodies.excerpt(payload), null, null)));
            return false;
        }
        JsonNode chunk = json.object(payload, EXPECTED);
        Optional<OpenAiErrorBody> failure = OpenAiErrorBody.inSuccessBody(chunk);
        if (failure.isPresent()) {
            error = errors.inSuccess(failure.get());
            return false;
        }
        readChoice(chunk.path("choices"), sink);
        Usage usage = OpenAiUsageReader.reported(chunk);
        if (usage != null) {
            reported = usage;
        }
        Usage fromTimings = OpenAiUsageReader.fromTimings(chunk);
        if (fromTimings != null) {
            timed = fromTimings;
        }
        return true;
    }

    private void readChoice(JsonNode choices, StreamSink sink) {
        for (JsonNode choice : choices) {
            // One answer is asked for (no n > 1); other indexes would interleave into it.
            if (choice.path("index").asInt(0) != 0) {
                continue;
            }
            JsonNode delta = choice.path("delta");
            append(delta.get("content"), text, sink);
            // Shown as it comes, like content: the user sees at once why no JSON is arriving.
            append(delta.get("refusal"), refusal, sink);
            String reason = OpenAiJson.text(choice, "finish_reason");
            if (reason != null) {
                finishReason = reason;
            }
        }
    }

    private static void append(JsonNode piece, StringBuilder into, StreamSink sink) {
        if (piece != null && piece.isTextual() && !piece.asText().isEmpty()) {
            into.append(piece.asText());
            sink.text(piece.asText());
        }
    }

    @Override
    public DecodedResponse finish(boolean complete) {
        Usage usage = reported != null ? reported : timed;
        String answer = OpenAiAnswer.text(text.toString(), refusal.toString());
        if (error == null && !complete) {
            error = new ProviderError(ProviderError.Kind.STREAM_CUT, 200,
                    "The stream ended before data: [DONE]; keeping the " + answer.length() + " characters received",
                    true);
        }
        return new DecodedResponse(answer, usage, finishReason, error);
    }
}
