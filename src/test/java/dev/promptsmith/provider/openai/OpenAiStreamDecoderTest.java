package dev.promptsmith.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.Framing;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFixtures.Played;
import dev.promptsmith.provider.http.WireFixtures.SseEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streams. Fixture sources: reference §1.1 "Streaming" (chunk shape, data-only SSE, [DONE], the
 * {@code choices: []} usage chunk, usage details) and "Errors"; §1.6 (llama.cpp {@code timings} on the
 * last chunk); §6.3 (errors inside a 200 stream). Groq's {@code x_groq.usage} and OpenRouter's
 * mid-stream error with a numeric code are written from those services' documented shapes.
 */
class OpenAiStreamDecoderTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OpenAiStreamDecoderTest.class);

    private final OpenAiWireFormat format = new OpenAiWireFormat();

    @Test
    void framingIsSse() {
        assertThat(format.framing()).isEqualTo(Framing.SSE);
    }

    /** stream-basic.sse: a server that ignores include_usage; no usage chunk, no usage field. */
    @Test
    void textArrivesInPiecesAndNoUsageMeansNull() throws Exception {
        Played decoded = FIXTURES.playSse(format.newStreamDecoder(), "stream-basic.sse");

        assertThat(decoded.deltas()).containsExactly("Billing", " issue", ".");
        DecodedResponse response = decoded.response();
        assertThat(response.text()).isEqualTo("Billing issue.");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isNull();
        assertThat(response.error()).isNull();
    }

    /** stream-usage.sse: include_usage honoured; last chunk before [DONE] has choices [] and the totals. */
    @Test
    void usageChunkGivesInputOutputCachedAndReasoningTokens() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-usage.sse").response();

        assertThat(response.text()).isEqualTo("Refund request");
        assertThat(response.finishReason()).isEqualTo("length");
        assertThat(response.usage()).isEqualTo(new Usage(1200, 300, 1024, 0, 256, false));
        assertThat(response.error()).isNull();
    }

    /** stream-llamacpp-timings.sse: no usage; timings on the finish chunk, prompt_n excludes cache_n. */
    @Test
    void llamaCppTimingsBecomeUsageWhenNoUsageCame() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-llamacpp-timings.sse")
                .response();

        assertThat(response.text()).isEqualTo("Shipping");
        assertThat(response.usage()).isEqualTo(new Usage(42, 5, 12, 0, 0, false));
    }

    @Test
    void reportedUsageWinsOverTimings() throws Exception {
        List<SseEvent> events = List.of(
                new SseEvent(null, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":\"stop\"}],"
                        + "\"timings\":{\"prompt_n\":3,\"predicted_n\":1}}"),
                new SseEvent(null, "{\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":1,\"total_tokens\":11},"
                        + "\"timings\":{\"prompt_n\":3,\"predicted_n\":1}}"),
                new SseEvent(null, "[DONE]"));

        assertThat(WireFixtures.play(format.newStreamDecoder(), events).response().usage())
                .isEqualTo(new Usage(10, 1, 0, 0, 0, false));
    }

    /**
     * stream-refusal.sse: a Structured Outputs refusal, written from openai-python's
     * {@code ChoiceDelta.refusal}; content stays null, the reason arrives in refusal pieces.
     */
    @Test
    void streamedRefusalBecomesTheTextAndIsStreamed() throws Exception {
        Played decoded = FIXTURES.playSse(format.newStreamDecoder(), "stream-refusal.sse");

        assertThat(decoded.deltas()).containsExactly("I'm sorry,", " I can't help with that.");
        DecodedResponse response = decoded.response();
        assertThat(response.text()).isEqualTo("I'm sorry, I can't help with that.");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(310, 9, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    /** stream-json-schema.sse: the JSON of a json_schema answer arrives as ordinary content pieces. */
    @Test
    void structuredOutputArrivesAsContent() throws Exception {
        Played decoded = FIXTURES.playSse(format.newStreamDecoder(), "stream-json-schema.sse");

        assertThat(decoded.deltas()).hasSize(4);
        assertThat(decoded.response().text()).isEqualTo(decoded.streamedText())
                .startsWith("{\"invoice_number\":\"INV-1042\"").endsWith("\"total\":119}");
        assertThat(decoded.response().error()).isNull();
    }

    @Test
    void emptyRefusalFieldsNextToContentAreIgnored() throws Exception {
        List<SseEvent> events = List.of(
                new SseEvent(null, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{}\",\"refusal\":\"\"}}]}"),
                new SseEvent(null, "[DONE]"));

        Played decoded = WireFixtures.play(format.newStreamDecoder(), events);

        assertThat(decoded.deltas()).containsExactly("{}");
        assertThat(decoded.response().text()).isEqualTo("{}");
    }

    /** stream-groq-usage.sse: Groq puts the totals in x_groq.usage on the last chunk. */
    @Test
    void groqUsageIsRead() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-groq-usage.sse").response();

        assertThat(response.text()).isEqualTo("Yes");
        assertThat(response.usage()).isEqualTo(new Usage(48, 3, 0, 0, 0, false));
    }

    /** stream-error-after-200.sse: OpenAI error object as a data chunk after text; server_error is retryable. */
    @Test
    void errorObjectAfter200IsAStreamErrorKeepingThePartialText() throws Exception {
        Played decoded = FIXTURES.playSse(format.newStreamDecoder(), "stream-error-after-200.sse");

        assertThat(decoded.streamedText()).isEqualTo("Partial answer");
        DecodedResponse response = decoded.response();
        assertThat(response.text()).isEqualTo("Partial answer");
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().status()).isEqualTo(200);
        assertThat(response.error().message()).startsWith("The server had an error");
        assertThat(response.error().retryable()).isTrue();
    }

    /** stream-error-openrouter.sse: numeric code 502 in the error; retryable as a server fault. */
    @Test
    void openRouterMidStreamErrorWithNumericCodeIsRetryable() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-error-openrouter.sse")
                .response();

        assertThat(response.text()).isEqualTo("Half");
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().message()).isEqualTo("Provider returned error");
        assertThat(response.error().retryable()).isTrue();
    }

    /** stream-error-invalid.sse: an invalid_request_error inside the stream will fail again; not retryable. */
    @Test
    void invalidRequestErrorInStreamIsNotRetryable() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-error-invalid.sse").response();

        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().message()).isEqualTo("Invalid 'messages[1].content': string too long.");
        assertThat(response.error().retryable()).isFalse();
    }

    @Test
    void namedErrorEventIsAStreamErrorEvenWhenItsDataIsNotJson() throws Exception {
        List<SseEvent> events = List.of(
                new SseEvent(null, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}"),
                new SseEvent("error", "upstream reset"));

        DecodedResponse response = WireFixtures.play(format.newStreamDecoder(), events).response();

        assertThat(response.text()).isEqualTo("a");
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().message()).isEqualTo("upstream reset");
    }

    /** stream-cut.sse: the body ends with no finish_reason, no usage and no [DONE]. */
    @Test
    void cutStreamKeepsPartialTextAndIsRetryable() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-cut.sse").response();

        assertThat(response.text()).isEqualTo("The answer is");
        assertThat(response.usage()).isNull();
        assertThat(response.finishReason()).isNull();
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.error().status()).isEqualTo(200);
        assertThat(response.error().message()).contains("[DONE]").contains("13 characters");
        assertThat(response.error().retryable()).isTrue();
    }

    /** stream-malformed.sse: a chunk cut inside its JSON. */
    @Test
    void malformedChunkThrowsWithWhatWasExpectedAndAShortExcerpt() {
        StreamDecoder decoder = format.newStreamDecoder();
        List<SseEvent> events = FIXTURES.sseEvents("stream-malformed.sse");

        assertThatThrownBy(() -> WireFixtures.play(decoder, events))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Expected a chat.completion.chunk JSON object, got: {\"id\":\"chatcmpl-9xQkT2\"")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThanOrEqualTo(
                        "Expected a chat.completion.chunk JSON object, got: ".length() + 120));
    }

    @Test
    void jsonThatIsNotAnObjectIsMalformed() {
        StreamDecoder decoder = format.newStreamDecoder();

        assertThatThrownBy(() -> decoder.onEvent(null, "[1,2]", d -> { }))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("[1,2]");
    }

    @Test
    void emptyDataLinesAreSkippedAndOtherChoicesIgnored() throws Exception {
        List<SseEvent> events = List.of(
                new SseEvent(null, ""),
                new SseEvent(null, "{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"other\"}},"
                        + "{\"index\":0,\"delta\":{\"content\":\"mine\"}}]}"),
                new SseEvent(null, "[DONE]"));

        Played decoded = WireFixtures.play(format.newStreamDecoder(), events);

        assertThat(decoded.deltas()).containsExactly("mine");
        assertThat(decoded.response().error()).isNull();
    }

    @Test
    void doneEndsTheStream() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();

        assertThat(decoder.onEvent(null, "{\"choices\":[]}", d -> { })).isTrue();
        assertThat(decoder.onEvent(null, "[DONE]", d -> { })).isFalse();
    }
}
