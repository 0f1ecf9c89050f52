package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.provider.http.DecodedResponse;
import dev.promptsmith.provider.http.MalformedResponseException;
import dev.promptsmith.provider.http.WireFixtures;
import org.junit.jupiter.api.Test;

/**
 * Non-streaming GenerateContentResponse bodies and the model list. Fixtures written from reference
 * §1.4 "Response", "usageMetadata fields" and "Endpoints" (model list).
 */
class GeminiResponseTest {

    private static final WireFixtures FIXTURES = new WireFixtures(GeminiResponseTest.class);

    private final GeminiWireFormat format = new GeminiWireFormat();

    @Test
    void textFinishReasonAndUsageAreRead() throws Exception {
        // response.json: §1.4 Response, a plain answer with usageMetadata.
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response.json"));

        assertThat(response.text()).isEqualTo("Billing. The customer reports a double charge.");
        assertThat(response.finishReason()).isEqualTo("STOP");
        assertThat(response.usage()).isEqualTo(new Usage(21, 9, 0, 0, 0, false));
        assertThat(response.error()).isNull();
    }

    @Test
    void thoughtsAreReasoningAndOutputAndCachedTokensAreCacheReads() throws Exception {
        // response-thinking.json: §1.4 usageMetadata billing notes; a thought part that is not the answer.
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-thinking.json"));

        assertThat(response.text()).isEqualTo("Billing");
        assertThat(response.usage()).isEqualTo(new Usage(1200, 2 + 143, 1024, 0, 143, false));
    }

    @Test
    void maxTokensIsANormalEndWithItsOwnWord() throws Exception {
        // response-max-tokens.json: §1.4 finishReason values.
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-max-tokens.json"));
        assertThat(response.finishReason()).isEqualTo("MAX_TOKENS");
        assertThat(response.error()).isNull();
        assertThat(response.text()).isEqualTo("Billing. The customer reports");
    }

    @Test
    void aBlockedPromptIsAClearError() throws Exception {
        // response-prompt-blocked.json: §1.4 promptFeedback.blockReason, no candidates.
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-prompt-blocked.json"));

        assertThat(response.text()).isEmpty();
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.BAD_REQUEST);
        assertThat(response.error().retryable()).isFalse();
        assertThat(response.error().status()).isEqualTo(200);
        assertThat(response.error().message())
                .isEqualTo("Gemini refused the prompt (blockReason SAFETY: the safety filters flagged it);"
                        + " categories: HARASSMENT HIGH");
        assertThat(response.usage().inputTokens()).isEqualTo(14);
    }

    @Test
    void anAnswerStoppedBySafetyNamesTheBlockedCategory() throws Exception {
        // response-safety.json: §1.4 finishReason SAFETY with safetyRatings, one marked blocked.
        DecodedResponse response = format.decodeResponse(FIXTURES.read("response-safety.json"));

        assertThat(response.finishReason()).isEqualTo("SAFETY");
        assertThat(response.error().kind()).isEqualTo(ProviderError.Kind.BAD_REQUEST);
        assertThat(response.error().message())
                .isEqualTo("Gemini stopped the answer (finishReason SAFETY: the safety filters flagged it);"
                        + " categories: DANGEROUS_CONTENT HIGH");
    }

    @Test
    void anErrorObjectInA200BodyIsAStreamError() throws Exception {
        DecodedResponse response = format.decodeResponse(
                "{\"error\":{\"code\":500,\"message\":\"Internal error encountered.\",\"status\":\"INTERNAL\"}}");
        assertThat(response.error()).isEqualTo(
                new ProviderError(ProviderError.Kind.STREAM_ERROR, 200, "Internal error encountered. (INTERNAL)", true));
    }

    @Test
    void aBodyThatIsNotAResponseIsMalformed() {
        assertThatThrownBy(() -> format.decodeResponse("<html><body>Sign in</body></html>"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Expected the Gemini response (a GenerateContentResponse) to be one JSON object")
                .hasMessageContaining("<html><body>Sign in");
        assertThatThrownBy(() -> format.decodeResponse("{\"responseId\":\"x\"}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("Expected candidates or promptFeedback");
        assertThatThrownBy(() -> format.decodeResponse("{\"candidates\":[]} trailing"))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void modelListKeepsChatModelsWithoutTheirPrefix() throws Exception {
        // models.json: §1.4 Endpoints, GET /v1beta/models.
        assertThat(format.decodeModels(FIXTURES.read("models.json")))
                .containsExactly("gemini-2.0-flash", "gemini-2.5-pro");
        assertThat(format.decodeModels("{}")).isEmpty();
        assertThatThrownBy(() -> format.decodeModels("[]")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("Gemini model list");
    }
}
