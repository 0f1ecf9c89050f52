package dev.promptsmith.provider.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.StreamDecoder;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFixtures.Played;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON chat stream decoder. Fixtures written from reference §1.5 (stream chunk, final
 * {@code done:true} object and its fields) and §6.1; stream-no-prompt-count.ndjson follows the
 * pre-mid-2024 servers that left prompt_eval_count out for a cached prompt (ollama/ollama#2068);
 * prompt_eval_cached_count in stream-usage.ndjson is a newer field [M].
 */
class OllamaStreamDecoderTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OllamaStreamDecoderTest.class);

    private final OllamaWireFormat format = new OllamaWireFormat();

    @Test
    void textArrivesLineByLineAndTheDoneLineEndsTheStream() throws Exception {
        Played played = FIXTURES.playNdjson(format.newStreamDecoder(), "stream-basic.ndjson");

        assertThat(played.deltas()).containsExactly("Bill", "ing", ". The customer", " was charged twice.");
        DecodedResponse response = played.response();
        assertThat(response.text()).isEqualTo("Billing. The customer was charged twice.");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(31, 9, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    @Test
    void theDoneLineReturnsFalseSoTheTransportStopsReading() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        List<String> lines = FIXTURES.ndjsonLines("stream-basic.ndjson");
        for (int i = 0; i < lines.size() - 1; i++) {
            assertThat(decoder.onEvent(null, lines.get(i), d -> { })).isTrue();
        }
        assertThat(decoder.onEvent(null, lines.get(lines.size() - 1), d -> { })).isFalse();
    }

    @Test
    void cachedPromptTokensAreCacheReadsAndLengthIsTheFinishReason() throws Exception {
        Played played = FIXTURES.playNdjson(format.newStreamDecoder(), "stream-usage.ndjson");
        assertThat(played.response().usage()).isEqualTo(new Usage(1200, 2, 1024, 0, 0, false));
        assertThat(played.response().finishReason()).isEqualTo("length");
        assertThat(played.deltas()).containsExactly("Billing", " because");
    }

    @Test
    void withoutAPromptCountTheUsageIsLeftToTheEstimate() throws Exception {
        DecodedResponse response = FIXTURES.playNdjson(format.newStreamDecoder(), "stream-no-prompt-count.ndjson")
                .response();
        assertThat(response.usage()).isNull();
        assertThat(response.error()).isNull();
    }

    @Test
    void aBodyEndingWithoutDoneIsCutKeepingTheText() throws Exception {
        DecodedResponse response = FIXTURES.playNdjson(format.newStreamDecoder(), "stream-cut.ndjson").response();

        assertThat(response.text()).isEqualTo("Billing. The customer");
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_CUT);
        assertThat(response.error().status()).isEqualTo(200);
        assertThat(response.error().message()).contains("done:true");
        assertThat(response.usage()).isNull();
    }

    @Test
    void anErrorLineAfter200IsAStreamErrorKeepingTheText() throws Exception {
        Played played = FIXTURES.playNdjson(format.newStreamDecoder(), "stream-error-after-200.ndjson");

        assertThat(played.response().text()).isEqualTo("Billing. The");
        assertThat(played.response().error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(played.response().error().message())
                .isEqualTo("an error was encountered while running the model: unexpected EOF");
        assertThat(played.response().error().retryable()).isTrue();
    }

    @Test
    void malformedLineThrowsNamingWhatWasExpectedWithAShortExcerpt() throws Exception {
        StreamDecoder decoder = format.newStreamDecoder();
        List<String> deltas = new ArrayList<>();
        List<String> lines = FIXTURES.ndjsonLines("stream-malformed.ndjson");
        decoder.onEvent(null, lines.get(0), deltas::add);

        assertThatThrownBy(() -> decoder.onEvent(null, lines.get(1), deltas::add))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Expected each Ollama stream line (a chat chunk) to be one JSON object, got: ")
                .satisfies(e -> assertThat(e.getMessage().substring(e.getMessage().indexOf("got: ") + 5))
                        .hasSize(120).startsWith("{\"model\":\"llama3.2\""));
        assertThat(deltas).containsExactly("Billing");
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsMalformed() {
        assertThatThrownBy(() -> format.newStreamDecoder().onEvent(null, "[1,2]", d -> { }))
                .isInstanceOf(MalformedResponseException.class).hasMessageEndingWith("got: [1,2]");
    }
}
