package dev.promptsmith.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.ErrorBodies;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFixtures.Played;
import dev.promptsmith.provider.http.WireFormat;
import org.junit.jupiter.api.Test;

/**
 * The stream decoder against .sse fixtures written from reference §1.3 "Streaming (SSE with named
 * events)": the event table, MessageDeltaUsage (cumulative), the delta types, and the error event that
 * can follow HTTP 200.
 */
class AnthropicStreamDecoderTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicStreamDecoderTest.class);

    private final WireFormat format = new AnthropicWireFormat();

    private Played play(String fixture) throws MalformedResponseException {
        return FIXTURES.playSse(format.newStreamDecoder(), fixture);
    }

    @Test
    void textArrivesInPiecesAndTheEndMarkerCompletesTheAnswer() throws Exception {
        Played run = play("stream-basic.sse");

        assertThat(run.deltas()).containsExactly("Hello", ", world", "!");
        assertThat(run.endMarkerSeen()).isTrue();
        assertThat(run.response().text()).isEqualTo("Hello, world!");
        assertThat(run.response().finishReason()).isEqualTo("end_turn");
        assertThat(run.response().error()).isNull();
        assertThat(run.response().usage()).isEqualTo(new Usage(25, 15, 0, 0, 0, false));
    }

    @Test
    void cumulativeUsageTakesTheLastValuesAndCountsCacheTokensInsideInput() throws Exception {
        Played run = play("stream-usage.sse");

        // 57 is the last output_tokens; adding the two message_delta values would give 97.
        assertThat(run.response().usage()).isEqualTo(new Usage(12 + 1800 + 2048, 57, 1800, 2048, 0, false));
        assertThat(run.response().finishReason()).isEqualTo("stop_sequence");
        assertThat(run.response().text()).isEqualTo("Billing issue.");
    }

    @Test
    void messageDeltaThatRepeatsOnlyOutputKeepsTheCountsOfMessageStart() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        decoder.onEvent("message_start", "{\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":7,"
                + "\"cache_read_input_tokens\":100,\"cache_creation_input_tokens\":null,\"output_tokens\":1}}}",
                d -> { });
        decoder.onEvent("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                + "\"usage\":{\"output_tokens\":9,\"cache_read_input_tokens\":null}}", d -> { });
        decoder.onEvent("message_stop", "{\"type\":\"message_stop\"}", d -> { });

        assertThat(decoder.finish(true).usage()).isEqualTo(new Usage(7 + 100, 9, 100, 0, 0, false));
    }

    @Test
    void thinkingSignatureAndToolInputDeltasAreNotPartOfTheText() throws Exception {
        Played run = play("stream-thinking.sse");

        assertThat(run.deltas()).containsExactly("Label: billing");
        assertThat(run.response().finishReason()).isEqualTo("tool_use");
        assertThat(run.response().usage().outputTokens()).isEqualTo(89);
        assertThat(run.response().error()).isNull();
    }

    @Test
    void overloadedErrorAfter200IsARetryableStreamErrorKeepingThePartialText() throws Exception {
        Played run = play("stream-error-after-200.sse");

        assertThat(run.endMarkerSeen()).as("the error event ends the stream").isTrue();
        assertThat(run.response().text()).isEqualTo("Partial ans");
        assertThat(run.response().error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(run.response().error().status()).isEqualTo(200);
        assertThat(run.response().error().retryable()).isTrue();
        assertThat(run.response().error().message()).isEqualTo("Overloaded (overloaded_error)");
        assertThat(run.response().usage()).as("no final output count: the transport estimates").isNull();
    }

    @Test
    void invalidRequestErrorInAStreamIsNotRetriedAndNamesTheRequestId() throws Exception {
        Played run = play("stream-error-invalid.sse");

        assertThat(run.response().error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(run.response().error().retryable()).isFalse();
        assertThat(run.response().error().message()).isEqualTo(
                "Output blocked by content filtering policy (invalid_request_error, request req_011CStreamInvalid)");
    }

    @Test
    void aStreamCutBeforeMessageStopKeepsItsTextAndReportsStreamCut() throws Exception {
        Played run = play("stream-cut.sse");

        assertThat(run.endMarkerSeen()).isFalse();
        assertThat(run.response().text()).isEqualTo("The ticket is about a double");
        assertThat(run.response().error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(run.response().error().status()).isEqualTo(200);
        assertThat(run.response().error().retryable()).isTrue();
        assertThat(run.response().error().message()).contains("message_stop").contains("28 characters");
        assertThat(run.response().usage()).isNull();
    }

    @Test
    void finishWithoutCompleteIsACutEvenWhenTheEventsLookedWhole() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        decoder.onEvent("content_block_delta",
                "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}", d -> { });

        assertThat(decoder.finish(false).error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(decoder.finish(true).error().kind()).as("no message_stop seen").isEqualTo(Kind.STREAM_CUT);
    }

    @Test
    void malformedEventDataNamesTheEventAndShowsAShortExcerpt() {
        assertThatThrownBy(() -> play("stream-malformed.sse"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("content_block_delta")
                .hasMessageContaining("{\"type\":\"content_block_delta\"");
    }

    @Test
    void theExcerptOfALongMalformedEventIsAtMost120Characters() {
        String garbage = "x".repeat(5000);
        assertThatThrownBy(() -> format.newStreamDecoder().onEvent("message_delta", garbage, d -> { }))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageEndingWith("x".repeat(ErrorBodies.EXCERPT_LIMIT - 1) + "…")
                .hasMessageNotContaining("x".repeat(ErrorBodies.EXCERPT_LIMIT));
    }

    @Test
    void eventDataThatIsNotAnObjectIsMalformed() {
        assertThatThrownBy(() -> format.newStreamDecoder().onEvent("content_block_delta", "[1,2]", d -> { }))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("JSON object").hasMessageContaining("[1,2]");
    }

    @Test
    void pingAndUnknownEventsAreIgnored() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        assertThat(decoder.onEvent("ping", "{\"type\": \"ping\"}", d -> { })).isTrue();
        assertThat(decoder.onEvent("ping", "not even json", d -> { })).isTrue();
        assertThat(decoder.onEvent("future_event", "{\"type\":\"future_event\",\"x\":1}", d -> { })).isTrue();
        assertThat(decoder.onEvent("content_block_delta",
                "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"citations_delta\",\"citation\":{}}}",
                d -> { })).isTrue();
    }

    @Test
    void eventsWithoutNamesAreReadByTheirType() throws Exception {
        Played run = play("stream-unnamed-events.sse");

        assertThat(run.endMarkerSeen()).isTrue();
        assertThat(run.response().text()).isEqualTo("No names");
        assertThat(run.response().finishReason()).isEqualTo("max_tokens");
        assertThat(run.response().usage()).isEqualTo(new Usage(9, 2, 0, 0, 0, false));
    }
}
