package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFixtures.Played;
import dev.promptsmith.provider.http.WireFixtures.SseEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code streamGenerateContent?alt=sse} decoder. Fixtures written from reference §1.4
 * "Endpoints" (data-only SSE events, each a GenerateContentResponse, no [DONE]) and §6.1 (take the
 * last usageMetadata). stream-basic.sse uses CRLF line ends, the others LF, so both are covered.
 */
class GeminiStreamDecoderTest {

    private static final WireFixtures FIXTURES = new WireFixtures(GeminiStreamDecoderTest.class);

    private final GeminiWireFormat format = new GeminiWireFormat();

    @Test
    void textArrivesInPiecesAndTheLastChunkGivesFinishAndUsage() throws Exception {
        Played played = FIXTURES.playSse(format.newStreamDecoder(), "stream-basic.sse");

        assertThat(played.deltas()).containsExactly("Bill", "ing. The customer reports", " a double charge.");
        DecodedResponse response = played.response();
        assertThat(response.text()).isEqualTo("Billing. The customer reports a double charge.");
        assertThat(response.finishReason()).isEqualTo("STOP");
        assertThat(response.usage()).isEqualTo(new Usage(21, 9, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    @Test
    void theLastUsageWinsWithThoughtsAddedToOutput() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-usage.sse").response();
        assertThat(response.usage()).isEqualTo(new Usage(1200, 2 + 143, 1024, 0, 143, false));
    }

    @Test
    void aStreamWithoutUsageMetadataReportsNoUsage() throws Exception {
        Played played = FIXTURES.playSse(format.newStreamDecoder(), "stream-no-usage.sse");
        assertThat(played.response().usage()).isNull();
        assertThat(played.response().error()).isNull();
        assertThat(played.deltas()).containsExactly("Billing");
    }

    @Test
    void aBodyEndingWithoutAFinishReasonIsACutKeepingTheText() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-cut.sse").response();

        assertThat(response.text()).isEqualTo("Billing. The customer reports");
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.error().status()).isEqualTo(200);
        assertThat(response.error().retryable()).isTrue();
        assertThat(response.error().message()).contains("finishReason");
        assertThat(response.usage().inputTokens()).isEqualTo(21);
    }

    @Test
    void completenessIsJudgedByTheFinishReasonNotByTheCaller() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        for (SseEvent event : FIXTURES.sseEvents("stream-basic.sse")) {
            assertThat(decoder.onEvent(event.name(), event.data(), d -> { })).isTrue();
        }
        // Gemini has no end marker, so the transport reads to the end and reports "not complete".
        assertThat(decoder.finish(false).error()).isNull();

        StreamDecoder cut = format.newStreamDecoder();
        cut.onEvent(null, FIXTURES.sseEvents("stream-cut.sse").get(0).data(), d -> { });
        assertThat(cut.finish(true).error().kind()).isEqualTo(Kind.STREAM_CUT);
    }

    @Test
    void anErrorObjectAfter200IsAStreamErrorKeepingTheText() throws Exception {
        Played played = FIXTURES.playSse(format.newStreamDecoder(), "stream-error-after-200.sse");

        assertThat(played.response().text()).isEqualTo("Billing. The");
        assertThat(played.response().error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(played.response().error().retryable()).isTrue();
        assertThat(played.response().error().message())
                .isEqualTo("The model is overloaded. Please try again later. (UNAVAILABLE)");
    }

    @Test
    void aNonRetryableErrorObjectInTheStreamIsNotRetryable() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        boolean more = decoder.onEvent(null,
                "{\"error\":{\"code\":400,\"message\":\"Request contains an invalid argument.\",\"status\":\"INVALID_ARGUMENT\"}}",
                d -> { });
        assertThat(more).isFalse();
        assertThat(decoder.finish(true).error().retryable()).isFalse();

        StreamDecoder noCode = format.newStreamDecoder();
        noCode.onEvent(null, "{\"error\":{\"message\":\"quota\",\"status\":\"RESOURCE_EXHAUSTED\"}}", d -> { });
        assertThat(noCode.finish(true).error().retryable()).isTrue();
    }

    @Test
    void anAnswerStoppedBySafetyMidStreamKeepsItsTextAndSaysWhy() throws Exception {
        Played played = FIXTURES.playSse(format.newStreamDecoder(), "stream-safety.sse");

        assertThat(played.response().text()).isEqualTo("Here is how to");
        assertThat(played.response().finishReason()).isEqualTo("SAFETY");
        assertThat(played.response().error().kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(played.response().error().message()).contains("finishReason SAFETY", "DANGEROUS_CONTENT HIGH");
        assertThat(played.response().usage().outputTokens()).isEqualTo(4);
    }

    @Test
    void aBlockedPromptInAStreamIsAClearError() throws Exception {
        DecodedResponse response = FIXTURES.playSse(format.newStreamDecoder(), "stream-prompt-blocked.sse").response();
        assertThat(response.error().message())
                .isEqualTo("Gemini refused the prompt (blockReason PROHIBITED_CONTENT: it may contain prohibited content)");
        assertThat(response.error().retryable()).isFalse();
    }

    @Test
    void malformedEventThrowsNamingWhatWasExpectedWithAShortExcerpt() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        List<String> deltas = new ArrayList<>();
        List<SseEvent> events = FIXTURES.sseEvents("stream-malformed.sse");
        decoder.onEvent(null, events.get(0).data(), deltas::add);

        assertThatThrownBy(() -> decoder.onEvent(null, events.get(1).data(), deltas::add))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Expected each Gemini stream event (a GenerateContentResponse) to be one JSON object, got: ")
                .satisfies(e -> assertThat(e.getMessage().substring(e.getMessage().indexOf("got: ") + 5))
                        .hasSizeLessThanOrEqualTo(120).startsWith("{\"candidates\""));
        assertThat(deltas).containsExactly("Billing");
    }

    @Test
    void blankDataIsSkipped() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        assertThat(decoder.onEvent(null, "", d -> { })).isTrue();
        assertThat(decoder.finish(false).error().kind()).isEqualTo(Kind.STREAM_CUT);
    }
}
