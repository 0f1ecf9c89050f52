package dev.promptsmith.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.WireFixtures;
import org.junit.jupiter.api.Test;

/**
 * Non-streaming bodies and model lists. Fixture sources: reference §1.1 "Non-streaming response"
 * (usage details: cached ⊂ prompt, reasoning ⊂ completion); §1.6 (llama.cpp {@code timings}, servers
 * without usage); DeepSeek's {@code prompt_cache_hit_tokens}; the {@code GET /models} list shape.
 */
class OpenAiResponseTest {

    private static final WireFixtures FIXTURES = new WireFixtures(OpenAiResponseTest.class);

    private final OpenAiWireFormat format = new OpenAiWireFormat();

    /** response.json. */
    @Test
    void readsTextFinishReasonAndFullUsage() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response.json"));

        assertThat(response.text()).isEqualTo("Billing issue.");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(2006, 300, 1920, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    /** response-no-usage.json: a local server that reports none. */
    @Test
    void missingUsageIsNull() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-no-usage.json"));

        assertThat(response.text()).isEqualTo("Ok");
        assertThat(response.finishReason()).isEqualTo("length");
        assertThat(response.usage()).isNull();
    }

    /** response-llamacpp.json. */
    @Test
    void llamaCppTimingsGiveUsage() throws Exception {
        assertThat(format.decodeResponse(FIXTURES.read("response-llamacpp.json")).usage())
                .isEqualTo(new Usage(42, 5, 12, 0, 0, false));
    }

    /** response-deepseek-cache.json. */
    @Test
    void deepSeekCacheHitsCountAsCachedInput() throws Exception {
        assertThat(format.decodeResponse(FIXTURES.read("response-deepseek-cache.json")).usage())
                .isEqualTo(new Usage(80, 2, 64, 0, 0, false));
    }

    /** response-refusal.json: content null, refusal text. */
    @Test
    void refusalIsShownWhenThereIsNoContent() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-refusal.json"));

        assertThat(response.text()).isEqualTo("I can't help with that.");
        assertThat(response.usage()).isEqualTo(new Usage(20, 7, 0, 0, 0, false));
    }

    /** response-refusal-empty-content.json: a server that sends "" rather than null for content. */
    @Test
    void refusalIsShownWhenContentIsEmpty() throws Exception {
        assertThat(format.decodeResponse(FIXTURES.read("response-refusal-empty-content.json")).text())
                .isEqualTo("I can't extract data from this document.");
    }

    @Test
    void errorInsideA200BodyIsReportedNotThrown() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("error-500.json"));

        assertThat(response.text()).isEmpty();
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().retryable()).isTrue();
    }

    @Test
    void bodyWithoutChoicesIsMalformed() {
        assertThatThrownBy(() -> format.decodeResponse("{\"id\":\"x\",\"choices\":[]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("Expected choices[0].message in the chat.completion, got: {\"id\":\"x\",\"choices\":[]}");
    }

    @Test
    void htmlBodyIsMalformedWithAShortExcerpt() {
        assertThatThrownBy(() -> format.decodeResponse(FIXTURES.read("error-proxy.html")))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Expected a chat.completion JSON object, got: <html> <head><title>502 Bad Gateway");
    }

    @Test
    void emptyBodyIsMalformed() {
        assertThatThrownBy(() -> format.decodeResponse(""))
                .isInstanceOf(MalformedResponseException.class).hasMessageEndingWith("got: (empty)");
    }

    /** models.json. */
    @Test
    void modelIdsComeFromData() throws Exception {
        assertThat(format.decodeModels(FIXTURES.read("models.json")))
                .containsExactly("gpt-4o-mini", "o3-mini", "text-embedding-3-small");
    }

    @Test
    void modelListWithoutDataIsMalformed() {
        assertThatThrownBy(() -> format.decodeModels("{\"models\":[]}"))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data");
    }
}
