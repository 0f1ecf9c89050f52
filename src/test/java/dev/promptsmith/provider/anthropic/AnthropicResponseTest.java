package dev.promptsmith.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError.Kind;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.WireFixtures;
import dev.promptsmith.provider.http.WireFormat;
import org.junit.jupiter.api.Test;

/**
 * Non-streaming bodies and the models list. response*.json follow reference §1.3 "Response" and the
 * usage table (response.json is shaped like the recorded tidyllm fixture the reference cites);
 * models.json follows §1.3 "Models list".
 */
class AnthropicResponseTest {

    private static final WireFixtures FIXTURES = new WireFixtures(AnthropicResponseTest.class);

    private final WireFormat format = new AnthropicWireFormat();

    @Test
    void readsTextStopReasonAndUsage() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response.json"));

        assertThat(response.text()).isEqualTo("Label: billing");
        assertThat(response.finishReason()).isEqualTo("end_turn");
        assertThat(response.usage()).isEqualTo(new Usage(2095, 503, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    @Test
    void joinsTextBlocksWithoutSeparatorAndSkipsThinkingAndToolUse() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-blocks.json"));

        assertThat(response.text()).isEqualTo("The ticket reports a double charge, so the label is billing.");
        assertThat(response.finishReason()).isEqualTo("tool_use");
        assertThat(response.usage()).isEqualTo(new Usage(14 + 3072 + 1024, 160, 3072, 1024, 0, false));
    }

    @Test
    void maxTokensStopReasonIsPassedThrough() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-max-tokens.json"));
        assertThat(response.finishReason()).isEqualTo("max_tokens");
        assertThat(response.usage()).isEqualTo(new Usage(10, 5, 0, 0, 0, false));
    }

    @Test
    void aBodyWithoutUsageGivesNullUsageForTheTransportToEstimate() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-no-usage.json"));
        assertThat(response.text()).isEqualTo("Hi");
        assertThat(response.usage()).isNull();
    }

    @Test
    void anErrorObjectInA200BodyIsAnErrorNotAnEmptyAnswer() throws Exception {
        DecodedResponse response = format.decodeResponse(FIXTURES.read("error-529.json"));

        assertThat(response.text()).isEmpty();
        assertThat(response.error().kind()).isEqualTo(Kind.STREAM_ERROR);
        assertThat(response.error().retryable()).isTrue();
        assertThat(response.error().message()).isEqualTo("Overloaded (overloaded_error, request req_011CQ529)");
    }

    @Test
    void anHtmlPageWith200IsMalformed() {
        assertThatThrownBy(() -> format.decodeResponse(FIXTURES.read("error-proxy.html")))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("Messages API response")
                .hasMessageContaining("<html>");
    }

    @Test
    void aJsonObjectWithoutContentIsMalformed() {
        assertThatThrownBy(() -> format.decodeResponse("{\"id\":\"msg_1\",\"type\":\"message\"}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("content array")
                .hasMessageContaining("msg_1");
    }

    @Test
    void modelsListGivesTheIdsInOrder() throws Exception {
        assertThat(format.decodeModels(FIXTURES.read("models.json")))
                .containsExactly("claude-sonnet-4-5-20250929", "claude-3-5-haiku-20241022");
    }

    @Test
    void modelsListWithoutDataIsMalformed() {
        assertThatThrownBy(() -> format.decodeModels("{\"models\":[]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("data array");
        assertThatThrownBy(() -> format.decodeModels(""))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("models list");
    }
}
